// Package extract turns the posts of a report into event records: what
// happened (a type of FORMAT.md's taxonomy), where, when, how many, and the
// sentences it was read from.
//
// Data enters as a *report.Report and leaves as []Event, which
// [WriteJSON], [WriteCSV] and [WriteGeoJSON] render in the exchange formats
// of `unrest extract`. Each post's sentences are matched against trigger
// lexicons per type (trigger.go), denied or hypothetical ones dropped,
// and each event given the places of its sentence (or the place in focus),
// the date of its sentence (or the date in focus, or the post's own day)
// and the counts the sentence states. Package incident then merges the
// same event told twice.
//
// The lexicons are English first; Russian and Ukrainian (russian.go),
// Arabic, Persian, Urdu and Hebrew (arabic.go, persian.go, urdu.go,
// hebrew.go), French,
// Spanish and Portuguese (french.go, spanish.go, portuguese.go), Turkish,
// Greek, Georgian, Armenian, Swahili, Hindi, Nepali, Marathi and Bengali
// (hindi.go, nepali.go, marathi.go, bengali.go) have first lexicons of
// their own, joined in
// languages.go, with the word order and morphology each needs: Arabic and
// Hebrew prefixes spelt out, French elisions parted, verb-last denials in
// Persian, Turkish and the languages of South Asia, Eastern, Devanagari and
// Bengali digits read as numbers, the nukta folded away.
package extract
