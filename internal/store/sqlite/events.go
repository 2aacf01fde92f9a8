package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/unrest-project/unrest/internal/extract"
	"github.com/unrest-project/unrest/internal/incident"
	"github.com/unrest-project/unrest/internal/store"
)

// candidateDays widens an event's span when SaveEvents looks for stored
// events that may tell it: more than any gap incident.Same accepts (three
// days for an assumed date), so that no candidate is missed; Same decides.
const candidateDays = 7

// evidenceChunk is how many event ids one evidence query asks for, well
// under SQLite's limit on bound parameters.
const evidenceChunk = 500

// SaveEvents merges the events of one report into the stored ones in one
// transaction; see store.Store.
func (db *DB) SaveEvents(ctx context.Context, reportID int64, events []extract.Event) (store.EventsSaved, error) {
	in := make([]extract.Event, len(events))
	for i, e := range events {
		if err := e.Validate(); err != nil {
			return store.EventsSaved{}, fmt.Errorf("sqlite: save events of report %d: event %d: %w: %w", reportID, i, store.ErrInvalid, err)
		}
		// A copy, so that the caller's evidence is left as it was.
		e.Evidence = append([]extract.Evidence(nil), e.Evidence...)
		for j := range e.Evidence {
			e.Evidence[j].Report = reportID
		}
		e.Sources = incident.Sources(e.Evidence)
		in[i] = e
	}
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return store.EventsSaved{}, fmt.Errorf("sqlite: save events of report %d: %w", reportID, err)
	}
	defer tx.Rollback()
	saved, err := db.saveEvents(ctx, tx, reportID, in)
	if err != nil {
		return store.EventsSaved{}, fmt.Errorf("sqlite: save events of report %d: %w", reportID, err)
	}
	if saved.Skipped {
		return saved, nil
	}
	if err := tx.Commit(); err != nil {
		return store.EventsSaved{}, fmt.Errorf("sqlite: save events of report %d: commit: %w", reportID, err)
	}
	return saved, nil
}

func (db *DB) saveEvents(ctx context.Context, tx *sql.Tx, reportID int64, events []extract.Event) (store.EventsSaved, error) {
	var done bool
	err := tx.QueryRowContext(ctx, `SELECT events_saved_at IS NOT NULL FROM reports WHERE id = ?`, reportID).Scan(&done)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return store.EventsSaved{}, fmt.Errorf("report %d: %w", reportID, store.ErrNotFound)
	case err != nil:
		return store.EventsSaved{}, fmt.Errorf("find report: %w", err)
	case done:
		return store.EventsSaved{Skipped: true}, nil
	}
	out := store.EventsSaved{IDs: make([]int64, 0, len(events))}
	// The report's own records were merged already (incident.Merge): one
	// stored from this report is never a candidate for another of it.
	created := map[int64]bool{}
	for i, e := range events {
		id, merged, err := mergeEvent(ctx, tx, e, created)
		if err != nil {
			return store.EventsSaved{}, fmt.Errorf("event %d (%s, %s, %s): %w", i, e.Type, e.Place.Name, e.Date.Start, err)
		}
		if merged {
			out.Merged++
		} else {
			out.Created++
			created[id] = true
		}
		out.IDs = append(out.IDs, id)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE reports SET events_saved_at = ? WHERE id = ?`, formatTime(db.Now()), reportID); err != nil {
		return store.EventsSaved{}, fmt.Errorf("mark report: %w", err)
	}
	return out, nil
}

// mergeEvent absorbs e into the first stored event that tells it, or
// inserts it, and returns the stored event's id and whether e was merged.
// Stored events in skip are no candidates.
func mergeEvent(ctx context.Context, tx *sql.Tx, e extract.Event, skip map[int64]bool) (int64, bool, error) {
	from, to := widen(e.Date, candidateDays)
	rows, err := tx.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e
		WHERE e.type = ? AND e.date_start <= ? AND e.date_end >= ? ORDER BY e.id`, string(e.Type), to, from)
	if err != nil {
		return 0, false, fmt.Errorf("find candidates: %w", err)
	}
	var match *store.StoredEvent
	for rows.Next() {
		c, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return 0, false, fmt.Errorf("find candidates: %w", err)
		}
		if !skip[c.ID] && incident.Same(c.Event, e) {
			match = &c
			break
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, false, fmt.Errorf("find candidates: %w", err)
	}
	if match == nil {
		id, err := insertEvent(ctx, tx, e)
		if err != nil {
			return 0, false, err
		}
		return id, false, insertEvidence(ctx, tx, id, e.Evidence)
	}
	if err := loadEvidence(ctx, tx, []*store.StoredEvent{match}); err != nil {
		return 0, false, err
	}
	// Only the passages the stored event lacks are added.
	have := map[extract.Evidence]bool{}
	for _, x := range match.Evidence {
		have[x] = true
	}
	var fresh []extract.Evidence
	for _, x := range e.Evidence {
		if !have[x] {
			have[x] = true
			fresh = append(fresh, x)
		}
	}
	incident.Absorb(&match.Event, e)
	if err := updateEvent(ctx, tx, match); err != nil {
		return 0, false, err
	}
	return match.ID, true, insertEvidence(ctx, tx, match.ID, fresh)
}

// widen returns the span d widened by days on each side; a span that is
// not of ISO days is returned as it is.
func widen(d extract.DateSpan, days int) (string, string) {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return d.Start, d.End
	}
	return s.AddDate(0, 0, -days).Format(time.DateOnly), e.AddDate(0, 0, days).Format(time.DateOnly)
}

func insertEvent(ctx context.Context, tx *sql.Tx, e extract.Event) (int64, error) {
	actors, demands, err := encodeLists(e)
	if err != nil {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO events
		(type, date_start, date_end, assumed, place_name, place_precision, place_geonames_id, place_country,
		 place_admin1, place_lat, place_lon, fatalities, injured, arrested, participants, actors, demands, sources,
		 unplaced, carried, claimed_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		string(e.Type), e.Date.Start, e.Date.End, e.Assumed, e.Place.Name, string(e.Place.Precision), e.Place.GeonamesID,
		e.Place.Country, e.Place.Admin1Code, e.Place.Lat, e.Place.Lon,
		nullInt(e.Fatalities), nullInt(e.Injured), nullInt(e.Arrested), nullInt(e.Participants), actors, demands, e.Sources,
		e.Unplaced, e.Carried, e.ClaimedBy)
	if err != nil {
		return 0, fmt.Errorf("insert event: %w", err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, fmt.Errorf("insert event: %w", err)
	}
	return id, nil
}

// updateEvent writes what merging may change: the span, the place (a
// city over its region, a stated place over the country), the counts,
// the actors and demands, the number of sources. The type stays.
func updateEvent(ctx context.Context, tx *sql.Tx, se *store.StoredEvent) error {
	e := se.Event
	actors, demands, err := encodeLists(e)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `UPDATE events SET date_start = ?, date_end = ?, assumed = ?, carried = ?,
		place_name = ?, place_precision = ?, place_geonames_id = ?, place_country = ?, place_admin1 = ?,
		place_lat = ?, place_lon = ?, unplaced = ?, claimed_by = ?,
		fatalities = ?, injured = ?, arrested = ?, participants = ?, actors = ?, demands = ?, sources = ?
		WHERE id = ?`,
		e.Date.Start, e.Date.End, e.Assumed, e.Carried,
		e.Place.Name, string(e.Place.Precision), e.Place.GeonamesID, e.Place.Country, e.Place.Admin1Code,
		e.Place.Lat, e.Place.Lon, e.Unplaced, e.ClaimedBy,
		nullInt(e.Fatalities), nullInt(e.Injured), nullInt(e.Arrested),
		nullInt(e.Participants), actors, demands, e.Sources, se.ID)
	if err != nil {
		return fmt.Errorf("update event %d: %w", se.ID, err)
	}
	return nil
}

func insertEvidence(ctx context.Context, tx *sql.Tx, eventID int64, ev []extract.Evidence) error {
	if len(ev) == 0 {
		return nil
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO event_evidence (event_id, report_id, post, text, start_char, end_char)
		VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare evidence: %w", err)
	}
	defer stmt.Close()
	for i, x := range ev {
		if _, err := stmt.ExecContext(ctx, eventID, x.Report, x.Post, x.Text, x.Start, x.End); err != nil {
			return fmt.Errorf("insert evidence %d of event %d: %w", i, eventID, err)
		}
	}
	return nil
}

func encodeLists(e extract.Event) (actors, demands string, err error) {
	enc := func(list []string) (string, error) {
		if list == nil {
			list = []string{}
		}
		b, err := json.Marshal(list)
		return string(b), err
	}
	if actors, err = enc(e.Actors); err != nil {
		return "", "", fmt.Errorf("encode actors: %w", err)
	}
	if demands, err = enc(e.Demands); err != nil {
		return "", "", fmt.Errorf("encode demands: %w", err)
	}
	return actors, demands, nil
}

func decodeList(s string) ([]string, error) {
	var list []string
	if err := json.Unmarshal([]byte(s), &list); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list, nil
}

func nullInt(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

const eventColumns = `e.id, e.type, e.date_start, e.date_end, e.assumed, e.place_name, e.place_precision,
	e.place_geonames_id, e.place_country, e.place_admin1, e.place_lat, e.place_lon,
	e.fatalities, e.injured, e.arrested, e.participants, e.actors, e.demands, e.sources, e.unplaced, e.carried,
	e.claimed_by`

// scanEvent reads a row of eventColumns; the evidence is left empty.
func scanEvent(s scanner) (store.StoredEvent, error) {
	var se store.StoredEvent
	e := &se.Event
	var typ, prec, actors, demands string
	var fatalities, injured, arrested, participants sql.NullInt64
	if err := s.Scan(&se.ID, &typ, &e.Date.Start, &e.Date.End, &e.Assumed, &e.Place.Name, &prec,
		&e.Place.GeonamesID, &e.Place.Country, &e.Place.Admin1Code, &e.Place.Lat, &e.Place.Lon,
		&fatalities, &injured, &arrested, &participants, &actors, &demands, &e.Sources, &e.Unplaced, &e.Carried,
		&e.ClaimedBy); err != nil {
		return se, err
	}
	e.Type = extract.Type(typ)
	e.Place.Precision = extract.Precision(prec)
	e.Fatalities, e.Injured, e.Arrested, e.Participants = intPtr(fatalities), intPtr(injured), intPtr(arrested), intPtr(participants)
	var err error
	if e.Actors, err = decodeList(actors); err != nil {
		return se, fmt.Errorf("event %d: actors %q: %w", se.ID, actors, err)
	}
	if e.Demands, err = decodeList(demands); err != nil {
		return se, fmt.Errorf("event %d: demands %q: %w", se.ID, demands, err)
	}
	e.Evidence = []extract.Evidence{}
	return se, nil
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// loadEvidence fills in the evidence of events, in the order it was
// stored.
func loadEvidence(ctx context.Context, q querier, events []*store.StoredEvent) error {
	for len(events) > 0 {
		n := min(len(events), evidenceChunk)
		chunk := events[:n]
		events = events[n:]
		byID := make(map[int64]*store.StoredEvent, n)
		args := make([]any, n)
		for i, e := range chunk {
			byID[e.ID] = e
			args[i] = e.ID
		}
		rows, err := q.QueryContext(ctx, `SELECT event_id, report_id, post, text, start_char, end_char
			FROM event_evidence WHERE event_id IN (?`+strings.Repeat(", ?", n-1)+`) ORDER BY id`, args...)
		if err != nil {
			return fmt.Errorf("load evidence: %w", err)
		}
		for rows.Next() {
			var id int64
			var x extract.Evidence
			if err := rows.Scan(&id, &x.Report, &x.Post, &x.Text, &x.Start, &x.End); err != nil {
				rows.Close()
				return fmt.Errorf("load evidence: %w", err)
			}
			e := byID[id]
			e.Evidence = append(e.Evidence, x)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("load evidence: %w", err)
		}
	}
	return nil
}

// Events lists stored events by date; see store.Store.
func (db *DB) Events(ctx context.Context, f store.EventFilter) ([]store.StoredEvent, error) {
	where, args, err := eventWhere(f)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list events: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	args = append(args, limit, f.Offset)
	rows, err := db.db.QueryContext(ctx, `SELECT `+eventColumns+` FROM events e`+where+`
		ORDER BY e.date_start, e.type, e.place_name, e.id LIMIT ? OFFSET ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: list events: %w", err)
	}
	var out []store.StoredEvent
	for rows.Next() {
		se, err := scanEvent(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: list events: %w", err)
		}
		out = append(out, se)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: list events: %w", err)
	}
	ptrs := make([]*store.StoredEvent, len(out))
	for i := range out {
		ptrs[i] = &out[i]
	}
	if err := loadEvidence(ctx, db.db, ptrs); err != nil {
		return nil, fmt.Errorf("sqlite: list events: %w", err)
	}
	return out, nil
}

// eventWhere turns a filter into a WHERE clause (with its leading space)
// and its arguments.
func eventWhere(f store.EventFilter) (string, []any, error) {
	var conds []string
	var args []any
	if f.Type != "" {
		if !f.Type.Valid() {
			return "", nil, fmt.Errorf("%w: event type %q is not in the taxonomy", store.ErrInvalid, f.Type)
		}
		conds = append(conds, "e.type = ?")
		args = append(args, string(f.Type))
	}
	if f.Country != "" {
		conds = append(conds, "e.place_country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	for _, d := range []struct {
		name, day, cond string
	}{
		{"since", f.Since, "e.date_end >= ?"},
		{"until", f.Until, "e.date_start <= ?"},
	} {
		if d.day == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.day); err != nil {
			return "", nil, fmt.Errorf("%w: %s %q is not a day (YYYY-MM-DD)", store.ErrInvalid, d.name, d.day)
		}
		conds = append(conds, d.cond)
		args = append(args, d.day)
	}
	if f.Report != 0 {
		conds = append(conds, "EXISTS (SELECT 1 FROM event_evidence x WHERE x.event_id = e.id AND x.report_id = ?)")
		args = append(args, f.Report)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

// Event returns one stored event with its evidence; see store.Store.
func (db *DB) Event(ctx context.Context, id int64) (*store.StoredEvent, error) {
	se, err := scanEvent(db.db.QueryRowContext(ctx, `SELECT `+eventColumns+` FROM events e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite: event %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: event %d: %w", id, err)
	}
	if err := loadEvidence(ctx, db.db, []*store.StoredEvent{&se}); err != nil {
		return nil, fmt.Errorf("sqlite: event %d: %w", id, err)
	}
	return &se, nil
}
