// Package timex finds date expressions in text and turns them into spans
// of days, anchored on the date of the text that contains them.
//
// Text and an anchor (a post's or a document's publication day) enter
// through [Tagger.Tag]; each [Expression] leaves with its offsets (bytes
// and Unicode code points), its TimeML type and value (2022-01-05,
// 2022-01, 2022-W01, 2021-SU, 2022-01-04TEV, P2W, PAST_REF), and, for
// dates, the inclusive span of days it covers with its precision.
//
// The grammar is hand-written over tokens: absolute dates in the orders
// people write them (5 January 2022, January 5th, Jan. 5, 05.01.2022,
// 2022-01-05, 5/1/2022 with a day-first or month-first policy), dates in
// words (January Fifth, the first day of 2022), holidays news uses,
// weekdays (the last one before the anchor unless the tense points
// ahead), relative days and parts of days (yesterday evening, overnight,
// by dawn today), relative periods (last week, ten years ago, since last
// summer), ranges (from 5 to 19 January) and durations (for six months, a
// two-week state of emergency). Russian and Ukrainian months, weekdays and
// the nearest days stand for their English words ("5 января 2022", "в
// понедельник", "вчера", "3 січня"; wide.go), so every rule reads them;
// so do those of Arabic, Persian and Hebrew (rtl.go, with the solar Hijri
// calendar in jalali.go), French, Spanish and Portuguese (romance.go:
// "le 21 octobre", "5 de abril de 2017"), Turkish (turkish.go) and Greek,
// Georgian and Armenian (caucasus.go).
// Where a relative and an absolute form
// stand together ("yesterday evening 4 January") the absolute wins and a
// disagreement with the anchor is reported; "the next day" anchors on the
// last date the text named.
package timex
