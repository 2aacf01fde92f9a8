// Package geoeval measures a geoparser on three public benchmarks of news
// text: GeoWebNews (GWN), TR-News and LGL. It reports toponym recognition
// (finding place names in text) and toponym resolution (placing them on
// the map) with the metrics of Gritta et al. (2019).
//
// Data enters through [Load], which reads one benchmark file into a
// [Dataset], and a [Geoparser], the interface the project's geoparser
// satisfies. [Run] calls the geoparser on every article and returns a
// [Report]; [Report.WriteText] prints it as small tables and
// [Report.WriteJSON] as JSON. Nothing is written to disk.
//
// # Offsets
//
// Every span in this package, gold or predicted, is [Start, End) in Unicode
// code points of the article text, the project's convention. [Load] checks
// which unit a file's offsets count (code points, UTF-16 units or UTF-8
// bytes: whichever puts most gold phrases at their offsets) and converts;
// all three benchmark files count code points:
//
//   - GWN.xml: 6,607 of 6,612 spans hold their phrase. The other 5 have
//     negative offsets that point into the article title, which the file
//     does not include (it comes from brat files whose first line was the
//     title).
//   - TR-News.xml: 1,202 of 1,319 spans hold their phrase as given. The
//     other 117, in 18 articles, sit 1 to 10 code points before the phrase,
//     the shift growing along the article: the texts seem to have changed
//     after annotation. Byte or UTF-16 offsets fit far worse (byte offsets
//     fit only 773), so this is not an encoding effect.
//   - lgl.xml: all 5,088 spans hold their phrase.
//
// A span whose phrase is not at its offsets is moved to the nearest
// occurrence of the phrase within [RealignWindow] code points (this fixes
// all 117 of TR-News); one still not found is flagged
// [Toponym.Misaligned] and left out of every figure. [OffsetCheck] counts
// each outcome; none is an error.
//
// # What counts in GeoWebNews
//
// GWN annotates 6,612 spans with a type from Gritta et al.'s pragmatic
// taxonomy. Our reading of the paper, of the dataset's brat annotation
// configuration and of its authors' corpus statistics script, sorts them
// into three classes ([Class]):
//
//   - Literal toponyms, which name a place as a location: Literal (850),
//     Mixed (269), Coercion (135), Embedded_Literal (21) and
//     Literal_Modifier (181), 1,456 in all, 1,447 with coordinates.
//   - Associative toponyms, which use a place name for something associated
//     with it: Metonymic (372, "Turkey said"), Non_Literal_Modifier (503,
//     "German tourists"), Embedded_Non_Lit (279, the name inside another
//     name), Demonym (73), Language (17) and Homonym (20, a word spelled
//     like a place name that names something else, often a person), 1,264
//     in all, 1,154 with coordinates.
//   - Not toponyms: Non_Toponym (432, the larger name a toponym is embedded
//     in, such as an organisation's), Literal_Expression (1,423) and
//     Non_Lit_Expression (2,037), common-noun expressions the authors added
//     to augment training data (phrases like "the villagers" or "a market
//     town"); the authors
//     leave these three out of their inter-annotator agreement as well.
//     They never count here.
//
// The standard evaluation ([ScopeStandard]) counts the literal toponyms
// that are not nonLocational: the paper separates literal from associative
// toponyms because only literal ones refer to a place as a location, which
// is what a geoparser is asked to put on a map (and what an event's
// location needs). [ScopeAllTypes] counts literal and associative toponyms
// together (2,718 with aligned spans, 2,599 with coordinates). In the
// standard scope a prediction that matches no literal toponym but does
// match an associative one is ignored rather than counted wrong: "Turkey"
// in "Turkey said" is a real place name, just not a literal one. In GWN the
// nonLocational flag is set only on expression annotations.
//
// TR-News (1,319 toponyms, 1,275 with coordinates) and LGL (5,088, 4,462)
// carry no types; every toponym counts, demonyms TR-News tags included.
// Toponyms without a gazetteer entry (TR-News 44, LGL 626; GWN: those
// without latitude and longitude) count in recognition and are left out of
// resolution.
//
// # Metrics
//
// Recognition ([Recognition], end to end only) compares predicted spans
// with gold spans, exactly (same span) and relaxed (any shared code point).
// Precision is the share of predictions that match some gold toponym,
// recall the share of gold toponyms matched by some prediction, F1 their
// harmonic mean. Repeated predicted spans are dropped; invalid ones stay
// and match nothing ([Contract] counts both).
//
// Resolution ([Resolution]) scores each gold toponym with coordinates by
// the haversine distance ([DistanceKm]) from the gold point to the
// predicted one:
//
//   - accuracy@161: the share within 161 km (100 miles). Gritta et al.'s
//     code tests ln(1+km) < ln(161), i.e. under 160 km; the difference is
//     immaterial.
//   - exact id: among gold toponyms with a GeoNames id, the share resolved to
//     that id.
//   - mean and median error in km.
//   - AUC: the area under the sorted curve of ln(1+km), normalised to [0,1];
//     lower is better (see [AUC]).
//
// End to end, resolution covers the gold toponyms the geoparser recognised
// (relaxed match), each scored against the prediction with the same span or
// else the largest overlap. With gold spans given ([GoldSpans] mode), it
// covers every gold toponym with coordinates. In both, a toponym the
// geoparser could not resolve (Prediction.Found false, or no answer) counts
// as an error of [MaxErrorKm], 20,039 km, half the Earth's circumference:
// a miss, as far off as a place can be, rather than a toponym left out,
// which would reward a geoparser for giving up on hard cases.
//
// # Sources and licences
//
// Milan Gritta, Mohammad Taher Pilehvar and Nigel Collier, "A Pragmatic
// Guide to Geoparsing Evaluation: Toponyms, Named Entity Recognition and
// Pragmatics", Language Resources and Evaluation 54:683–712 (2020,
// published online 2019), doi:10.1007/s10579-019-09475-3. GeoWebNews and
// TR-News come from its repository,
// github.com/milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation, licensed
// GPL-3.0, as does its copy of LGL (Lieberman, Samet and Sankaranarayanan,
// "Geotagging with local lexicons to build indexes for textually-specified
// spatial data", ICDE 2010). None of their text is copied into this
// repository: the files are read from outside it (shared/bench/geoparse),
// and the fixtures in testdata/ are sentences written for these tests.
package geoeval
