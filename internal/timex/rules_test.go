package timex

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRuleStarts: longest tries at a token only the rules whose starts
// (or num) test admits it, at "the" only before what afterThe admits,
// a rule marked unit only with a unit word near, and one with an
// afterNumber test at a number only before what the test admits.
// Every rule that reads an expression at a number or a starter word of
// our sentences and reports must have been tried there. (Other words
// start nothing: duration reads "within days", but "within" is no
// opener, so longest never tries it.)
func TestRuleStarts(t *testing.T) {
	texts := []string{
		"the 1990s, the 90's, the fifth of January, the twenty-third of December, the day before yesterday",
		"the past two days, the last day of 2022, the next day, the same day, the future, the end of the year",
		"the first quarter of 2013, the first Monday of May, the 20th century, the previous day, the final day of March",
		"Within days, lasting weeks, for months; minutes before, hours after; a couple of weeks, a few days ago",
		"10:30 p.m. GMT Saturday, 8 pm, 05.01.2022, 2022-01-05, 4/15/13, 5–19 Jan, from 5 to 19 January, 2000 people",
	}
	for _, name := range []string{"testdata/sentences.tsv"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	reports, _ := filepath.Glob("../extract/testdata/reports/*.txt")
	for _, name := range reports {
		if data, err := os.ReadFile(name); err == nil {
			texts = append(texts, string(data))
		}
	}
	tried := 0
	for _, text := range texts {
		for _, anchor := range []time.Time{time.Date(2022, 1, 6, 0, 0, 0, 0, time.UTC), time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC)} {
			s := &state{tg: &Tagger{}, text: text, toks: tokenize(text, &scratch{}), anchor: anchor, last: anchor}
			for i := range s.toks {
				for r, rl := range rules {
					if _, ok := rl.read(s, i); !ok {
						continue
					}
					tok := s.toks[i]
					if tok.kind == tWord && !tok.is(lStarter) {
						continue
					}
					tried++
					if tok.begins&(1<<r) == 0 {
						t.Errorf("rule %d reads at %q (in %.60q) but is not tried there", r, tok.low, text[tok.start:])
					}
					if tok.low == "the" && !afterThe(s.tok(i+1)) {
						t.Errorf("rule %d reads at \"the %s\" but afterThe refuses it", r, s.tok(i+1).low)
					}
					if rl.unit && !s.unitNear(i) {
						t.Errorf("rule %d reads at %q (in %.60q) with no unit word near", r, tok.low, text[tok.start:])
					}
					if tok.kind == tNum && rl.afterNumber != nil && !rl.afterNumber(s.tok(i+1)) {
						t.Errorf("rule %d reads at %q (in %.60q) but afterNumber refuses %q", r, tok.low, text[tok.start:], s.tok(i+1).low)
					}
				}
			}
		}
	}
	if tried < 1000 {
		t.Errorf("only %d readings: the texts are missing", tried)
	}
}

// TestRuleWordsInLexicon: tokenize gives a word its lower-case spelling
// only when the lexicon holds it (another word keeps its own spelling, so
// that no word is copied), so every word a rule compares a token with
// must be in the lexicon: "Ago" must read as "ago". The test takes every
// lower-case string in the package's code for such a word, leaving out
// imports, constants (TimeML's names), and the suffixes that rules test
// with ASCII case folded ("ed", "'ll").
func TestRuleWordsInLexicon(t *testing.T) {
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	isWord := regexp.MustCompile(`^[a-z][a-z']*$`)
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ImportSpec:
				return false
			case *ast.GenDecl:
				return n.Tok != gotoken.CONST
			case *ast.CallExpr:
				if fn, ok := n.Fun.(*ast.Ident); ok && fn.Name == "hasSuffixFold" {
					return false
				}
			case *ast.BasicLit:
				if w, err := strconv.Unquote(n.Value); err == nil && n.Kind == gotoken.STRING && isWord.MatchString(w) && lexicon[w] == nil {
					t.Errorf("%s: %q is not in the lexicon", fset.Position(n.Pos()), w)
				}
			}
			return true
		})
	}
}
