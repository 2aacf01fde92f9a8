// Package geoparse finds place names in text and resolves them to
// gazetteer entries: cities, first-level regions and countries.
//
// Text enters as a string; [Parser.Parse] returns each [Mention] with its
// offsets (in bytes and in Unicode code points), the words as written and
// the place chosen for them, with a score. [Parser.Resolve] resolves spans
// found elsewhere (a benchmark's gold spans).
//
// Recognition is a scan over tokens: at every capitalised word, the longest
// run of words that is a gazetteer name is a candidate, and a reader's
// judgement decides whether it names a place here — a word at the start of
// a sentence that is also a common word, a name followed by "Square",
// "Minister" or "Party", a name after "President", an acronym, a person's
// first name before a surname, and metonyms such as "the Kremlin" are
// not places. Demonyms ("Kazakh workers") are not mentions but tell which
// country the text is about.
//
// A capitalised word the gazetteer does not know, after a preposition of
// place, may be another transliteration of a big town's name ("in
// Sulaimaniyah"; gazetteer.Variants, variants.go). In the languages that
// decline names it may be a case form of one the gazetteer holds in the
// nominative: Russian, Ukrainian and Belarusian ("в Нижнем Новгороде",
// "у Львові"), Kazakh and Kyrgyz suffixes ("Алматыда", "Ошто"; all in
// russian.go); Polish, Czech, Slovak and South Slavic forms after a
// preposition ("w Warszawie", "u Novom Sadu") and Hungarian suffixes
// ("Budapesten"; declension.go); Turkish and Azerbaijani suffixes after
// an apostrophe ("Ankara'da") and French elisions ("d'Occitanie";
// suffixes.go); Greek and Armenian case endings ("της Αθήνας",
// "Երևանում"; caseendings.go). Arabic, Hebrew and Georgian write no
// capitals: their words are read apart (caseless.go), with the prefixes
// Arabic and Hebrew join to names ("بالموصل", "ובתל אביב") and Georgian's
// case suffixes, and kept where a preposition, the place's size or the
// text's other names say a place is meant.
//
// Resolution ranks each name's candidates by feature class and population,
// by the country the document is about (countries named, demonyms, places
// that are unambiguous, or the one country holding a likely town of every
// name of a text that names none: cover.go), by a qualifier that follows ("Aktau, Mangystau"),
// by regions named in the text, and by distance to the other places the
// text names. A place's own name outranks another's old or foreign name
// ("Salisbury" is not Harare); a region or country outranks a small place
// of its name ("England and Wales"), and a country a region of its name
// only outside a text about the region's country ("Georgia" near
// Atlanta); a qualifier after a comma is the region holding the place
// before it ("Tacoma, Washington"); a county of the name ("Kent",
// "Fife") outranks small places. Countries carry GeoNames' points
// (countrypoints.go). A given span the gazetteer does not know takes the
// place named right after it ("the CHU in Montpellier").
//
// A name has one reading per text: the one a region qualifier gives it
// anywhere ("all of Paris, Texas"), or the one its plain mentions get
// where capitals around another mention narrowed it. A name said again is
// no evidence for its own reading; each place counts once for its region.
// Second thoughts (settle.go) read a list ("Nashville and Cordova,
// Tennessee", "Geauga and Medina counties"), a possessive ("Cairo's
// Abbasiya"), a regional office ("the Quebec government") and a county of
// the same name ("Madison County ... Madison residents"); a small place
// abroad that nothing else of the text is near is a local name the
// gazetteer lacks, placed where the text is (lonely.go). A town near the
// middle of a county the text names is that county's ("Richmond" beside
// "Madison County"), and a name after a town and a comma is the county
// of that name around it ("Snetterton, Norfolk"): the gazetteer's places
// lack their counties, so a county's middle stands for it.
//
// With Parser.Features, named features are found too (features.go):
// streets, sites, natural features and institutions by their generic
// words, numbered roads (roads.go), a legislature's house where
// something is put there, junctions and ways named before a generic word
// in small letters ("the Air Balloon roundabout"), and airports named
// for small towns ("Heathrow airport"). They stand where the text puts
// them, else at the dateline's town or the text's central place.
package geoparse
