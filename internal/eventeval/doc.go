// Package eventeval scores event records against a gold file exactly as
// ../shared/eval/score.py (the referee of FORMAT.md) does: records and
// gold events paired one to one by a maximum bipartite matching (required
// gold events first), a record fitting a gold event when its type is one
// of the gold's, its place agrees at the gold's precision and its span of
// days lies inside the gold window widened by a day on each side.
//
// Gold files and extractor output enter as JSON; a [Result] leaves with
// precision, recall and F1 rounded to three decimals as the referee prints
// them, the count checks, and the misses and false alarms for diagnosis.
package eventeval
