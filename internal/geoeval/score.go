package geoeval

// scopeAcc accumulates the counts and scored cases of one scope over a run.
type scopeAcc struct {
	scope             Scope
	gold, goldCoords  int
	exact, relaxed    Recognition
	e2eCases, gsCases []ErrorCase
}

// addParse scores one article's Parse predictions.
func (s *scopeAcc) addParse(a *Article, preds []Prediction) {
	in, out := s.split(a)
	s.recognise(&s.exact, in, out, preds, func(p, g Span) bool { return p == g })
	s.recognise(&s.relaxed, in, out, preds, Span.Overlaps)
	for _, t := range in {
		if !t.HasCoords {
			continue
		}
		if p := bestMatch(t.Span, preds); p != nil {
			s.e2eCases = append(s.e2eCases, newErrorCase(a.ID, t, p))
		}
	}
}

// addResolve scores one article's Resolve answers; preds[i] answers spans[i].
func (s *scopeAcc) addResolve(a *Article, spans []Span, preds []Prediction) {
	for _, t := range a.Gold {
		if !s.scope.Includes(t) || !t.HasCoords {
			continue
		}
		var p *Prediction
		for i, sp := range spans {
			if sp == t.Span && i < len(preds) {
				p = &preds[i]
				break
			}
		}
		s.gsCases = append(s.gsCases, newErrorCase(a.ID, t, p))
	}
}

// split returns a's gold toponyms counted in the scope, and the aligned
// toponyms outside it that make a matching prediction Ignored.
func (s *scopeAcc) split(a *Article) (in, out []Toponym) {
	for _, t := range a.Gold {
		switch {
		case s.scope.Includes(t):
			in = append(in, t)
		case ScopeAllTypes.Includes(t):
			out = append(out, t)
		}
	}
	return in, out
}

func (s *scopeAcc) recognise(r *Recognition, in, out []Toponym, preds []Prediction, match func(p, g Span) bool) {
	r.Gold += len(in)
	for _, g := range in {
		for _, p := range preds {
			if match(p.Span, g.Span) {
				r.MatchedGold++
				break
			}
		}
	}
	for _, p := range preds {
		switch {
		case matchesAny(p.Span, in, match):
			r.MatchedPred++
			r.Predicted++
		case matchesAny(p.Span, out, match):
			r.Ignored++
		default:
			r.Predicted++
		}
	}
}

func matchesAny(p Span, gold []Toponym, match func(p, g Span) bool) bool {
	for _, g := range gold {
		if match(p, g.Span) {
			return true
		}
	}
	return false
}

// bestMatch returns the prediction with span g, or else the one sharing the
// most code points with g (the first of equals), or nil if none overlaps.
func bestMatch(g Span, preds []Prediction) *Prediction {
	var best *Prediction
	bestOverlap := 0
	for i := range preds {
		if preds[i].Span == g {
			return &preds[i]
		}
		if o := preds[i].overlap(g); o > bestOverlap {
			best, bestOverlap = &preds[i], o
		}
	}
	return best
}

// report turns the accumulated counts into figures.
func (s *scopeAcc) report(ds *Dataset, mode Mode) ScopeReport {
	r := ScopeReport{Scope: s.scope}
	if ds.Format == FormatGWN {
		r.Types = LiteralTypes()
		if s.scope == ScopeAllTypes {
			r.Types = append(r.Types, AssociativeTypes()...)
		}
	}
	for _, a := range ds.Articles {
		for _, t := range a.Gold {
			if s.scope.Includes(t) {
				r.Gold++
				if t.HasCoords {
					r.GoldCoords++
				}
			}
		}
	}
	if mode&EndToEnd != 0 {
		s.exact.finish()
		s.relaxed.finish()
		e2e := summarize(s.e2eCases)
		r.Exact, r.Relaxed, r.EndToEnd = &s.exact, &s.relaxed, &e2e
	}
	if mode&GoldSpans != 0 {
		gs := summarize(s.gsCases)
		r.GoldSpans = &gs
	}
	return r
}
