package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/unrest-project/unrest/internal/report"
	"github.com/unrest-project/unrest/internal/store"
)

// SaveReport stores r whole in one transaction; see store.Store.
func (db *DB) SaveReport(ctx context.Context, r *report.Report) (store.Saved, error) {
	if r == nil || r.Source.Location == "" || r.Source.Kind == "" {
		return store.Saved{}, fmt.Errorf("sqlite: save report: %w: no source", store.ErrInvalid)
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return store.Saved{}, fmt.Errorf("sqlite: save report %s: %w", r.Source.Location, err)
	}
	defer tx.Rollback()
	saved, err := db.saveReport(ctx, tx, r)
	if err != nil {
		return store.Saved{}, fmt.Errorf("sqlite: save report %s: %w", r.Source.Location, err)
	}
	if err := tx.Commit(); err != nil {
		return store.Saved{}, fmt.Errorf("sqlite: save report %s: commit: %w", r.Source.Location, err)
	}
	return saved, nil
}

func (db *DB) saveReport(ctx context.Context, tx *sql.Tx, r *report.Report) (store.Saved, error) {
	now := formatTime(db.Now())
	sourceID, err := upsertSource(ctx, tx, r.Source, now)
	if err != nil {
		return store.Saved{}, err
	}
	hash := store.ContentHash(r)
	var id int64
	var eventsSaved bool
	err = tx.QueryRowContext(ctx, `SELECT id, events_saved_at IS NOT NULL FROM reports WHERE hash = ?`, hash).Scan(&id, &eventsSaved)
	switch {
	case err == nil:
		if err := linkSource(ctx, tx, id, sourceID, now); err != nil {
			return store.Saved{}, err
		}
		return store.Saved{ID: id, EventsSaved: eventsSaved}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return store.Saved{}, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO reports (hash, format, encoding, title, input, post_count, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, hash, string(r.Format), r.Encoding, r.Title, r.Input, len(r.Posts), now)
	if err != nil {
		return store.Saved{}, fmt.Errorf("insert report: %w", err)
	}
	if id, err = res.LastInsertId(); err != nil {
		return store.Saved{}, err
	}
	if err := linkSource(ctx, tx, id, sourceID, now); err != nil {
		return store.Saved{}, err
	}
	if err := insertPosts(ctx, tx, id, r.Posts); err != nil {
		return store.Saved{}, err
	}
	return store.Saved{ID: id, Created: true}, nil
}

func upsertSource(ctx context.Context, tx *sql.Tx, s report.Source, now string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `INSERT INTO sources (kind, location, created_at) VALUES (?, ?, ?)
		ON CONFLICT (kind, location) DO NOTHING`, string(s.Kind), s.Location, now); err != nil {
		return 0, fmt.Errorf("insert source: %w", err)
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `SELECT id FROM sources WHERE kind = ? AND location = ?`, string(s.Kind), s.Location).Scan(&id); err != nil {
		return 0, fmt.Errorf("find source: %w", err)
	}
	return id, nil
}

func linkSource(ctx context.Context, tx *sql.Tx, reportID, sourceID int64, now string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO report_sources (report_id, source_id, seen_at) VALUES (?, ?, ?)
		ON CONFLICT (report_id, source_id) DO NOTHING`, reportID, sourceID, now)
	if err != nil {
		return fmt.Errorf("link source: %w", err)
	}
	return nil
}

func insertPosts(ctx context.Context, tx *sql.Tx, reportID int64, posts []report.Post) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO posts
		(report_id, seq, author, published, precision, quote, text, start_byte, end_byte, url)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare posts: %w", err)
	}
	defer stmt.Close()
	for i, p := range posts {
		var published any
		if p.HasTime() {
			published = formatTime(p.Published)
		}
		prec := p.Precision
		if prec == "" {
			prec = report.PrecisionNone
		}
		if _, err := stmt.ExecContext(ctx, reportID, i, p.Author, published, string(prec), p.Quote,
			p.Text, p.Start, p.End, p.URL); err != nil {
			return fmt.Errorf("insert post %d: %w", i, err)
		}
	}
	return nil
}

const reportColumns = `r.id, r.hash, r.format, r.encoding, r.title, r.post_count, length(CAST(r.input AS BLOB)), r.ingested_at`

// Reports lists stored reports, newest first; see store.Store.
func (db *DB) Reports(ctx context.Context, f store.ReportFilter) ([]store.ReportInfo, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `SELECT `+reportColumns+` FROM reports r ORDER BY r.id DESC LIMIT ? OFFSET ?`, limit, f.Offset)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list reports: %w", err)
	}
	defer rows.Close()
	var out []store.ReportInfo
	for rows.Next() {
		info, err := scanInfo(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: list reports: %w", err)
		}
		out = append(out, info)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: list reports: %w", err)
	}
	for i := range out {
		if out[i].Sources, err = db.sources(ctx, out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

type scanner interface{ Scan(dest ...any) error }

func scanInfo(s scanner) (store.ReportInfo, error) {
	var info store.ReportInfo
	var format, ingested string
	if err := s.Scan(&info.ID, &info.Hash, &format, &info.Encoding, &info.Title, &info.PostCount, &info.Size, &ingested); err != nil {
		return info, err
	}
	info.Format = report.Format(format)
	t, err := parseTime(ingested)
	if err != nil {
		return info, fmt.Errorf("report %d: ingested_at %q: %w", info.ID, ingested, err)
	}
	info.IngestedAt = t
	return info, nil
}

func (db *DB) sources(ctx context.Context, reportID int64) ([]report.Source, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT s.kind, s.location FROM report_sources rs
		JOIN sources s ON s.id = rs.source_id WHERE rs.report_id = ? ORDER BY rs.seen_at, s.id`, reportID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: sources of report %d: %w", reportID, err)
	}
	defer rows.Close()
	var out []report.Source
	for rows.Next() {
		var kind, loc string
		if err := rows.Scan(&kind, &loc); err != nil {
			return nil, fmt.Errorf("sqlite: sources of report %d: %w", reportID, err)
		}
		out = append(out, report.Source{Kind: report.SourceKind(kind), Location: loc})
	}
	return out, rows.Err()
}

// Report returns one stored report with its posts; see store.Store.
func (db *DB) Report(ctx context.Context, id int64) (*store.StoredReport, error) {
	row := db.db.QueryRowContext(ctx, `SELECT `+reportColumns+`, r.input FROM reports r WHERE r.id = ?`, id)
	var info store.ReportInfo
	var format, ingested, input string
	err := row.Scan(&info.ID, &info.Hash, &format, &info.Encoding, &info.Title, &info.PostCount, &info.Size, &ingested, &input)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: report %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: report %d: %w", id, err)
	}
	info.Format = report.Format(format)
	if info.IngestedAt, err = parseTime(ingested); err != nil {
		return nil, fmt.Errorf("sqlite: report %d: %w", id, err)
	}
	if info.Sources, err = db.sources(ctx, id); err != nil {
		return nil, err
	}
	r := &report.Report{Format: info.Format, Encoding: info.Encoding, Title: info.Title, Input: input}
	if len(info.Sources) > 0 {
		r.Source = info.Sources[0]
	}
	if r.Posts, err = db.posts(ctx, id); err != nil {
		return nil, err
	}
	return &store.StoredReport{ReportInfo: info, Report: r}, nil
}

func (db *DB) posts(ctx context.Context, reportID int64) ([]report.Post, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT author, published, precision, quote, text, start_byte, end_byte, url
		FROM posts WHERE report_id = ? ORDER BY seq`, reportID)
	if err != nil {
		return nil, fmt.Errorf("sqlite: posts of report %d: %w", reportID, err)
	}
	defer rows.Close()
	var out []report.Post
	for rows.Next() {
		var p report.Post
		var published sql.NullString
		var prec string
		if err := rows.Scan(&p.Author, &published, &prec, &p.Quote, &p.Text, &p.Start, &p.End, &p.URL); err != nil {
			return nil, fmt.Errorf("sqlite: posts of report %d: %w", reportID, err)
		}
		p.Precision = report.Precision(prec)
		if published.Valid {
			t, err := time.Parse(time.RFC3339Nano, published.String)
			if err != nil {
				return nil, fmt.Errorf("sqlite: post of report %d: published %q: %w", reportID, published.String, err)
			}
			p.Published = t
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

var _ store.Store = (*DB)(nil)
