// Package timexeval measures a temporal tagger on the TempEval-3 platinum
// test set: 20 news documents in TimeML whose date, time, duration and set
// expressions (TIMEX3) carry normalised values. It scores TempEval-3 Task A
// as UzZaman et al. define it ("SemEval-2013 Task 1: TempEval-3: Evaluating
// Time Expressions, Events, and Temporal Relations", SemEval 2013).
//
// Data enters through [Load], which reads a folder of .tml files into a
// [Dataset] (one file at a time: [Decode]), and a [Tagger], the interface
// the project's tagger (package internal/timex) is adapted to. [Run] gives
// each document's plain text and creation time (DCT) to the tagger and
// returns a [Report]; [Report.WriteText] prints it as a small table and
// [Report.WriteJSON] as JSON. Nothing is written to disk.
//
// # Text and offsets
//
// A tagger sees the character data of the TEXT element with every tag
// removed (EVENT, SIGNAL and TIMEX3 alike) and entities decoded; the DOCID,
// DCT and TITLE are not part of it. Gold and predicted spans are [Start,
// End) in Unicode code points of that text, the project's convention.
// [Decode] checks that each gold span holds the text its TIMEX3 enclosed.
//
// # Measures
//
// Gold and predicted expressions are paired one to one by [Match]: exact
// spans first, then by overlap. From the pairs:
//
//   - strict extraction P/R/F1: pairs with the same span;
//   - relaxed extraction P/R/F1: all pairs (overlapping spans);
//   - value F1, TempEval-3's headline figure for normalisation: a true
//     positive is a relaxed pair whose values are equal ([SameValue]);
//   - type F1 likewise, and value and type accuracy over relaxed pairs.
//
// Each figure is reported over all expressions and over DATE alone (see
// [Date]), the type that dated events depend on.
//
// # Data and licence
//
// The TempEval-3 annotations are licensed CC BY 3.0. The files are kept
// outside the repository (in the shared bench folder); tests use small
// fixtures of our own in testdata/ and read the real folder only when it
// is present.
package timexeval
