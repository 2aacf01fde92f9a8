// Package extract turns the posts of a report into event records: what
// happened (a type of FORMAT.md's taxonomy), where, when, how many, and the
// sentences it was read from.
//
// Data enters as a *report.Report and leaves as []Event, which
// [WriteJSON], [WriteCSV] and [WriteGeoJSON] render in the exchange formats
// of `unrest extract`. The event rules arrive with the place and date
// stages (packages geoparse and timex); until they do, [Extractor.Extract]
// finds no events and says so, and never invents one.
package extract
