package geoeval

// Format is the XML shape a benchmark file comes in.
type Format string

// The two shapes [Load] reads.
const (
	// FormatGWN is GeoWebNews: <toponym> elements with <extractedName>,
	// <type>, <nonLocational>, <geonamesID>, <latitude> and <longitude>.
	FormatGWN Format = "gwn"
	// FormatTRNews is TR-News and LGL: <toponym> elements with <phrase> and a
	// <gaztag geonameid> holding <lat> and <lon>.
	FormatTRNews Format = "tr-news"
)

// Dataset is one benchmark file as loaded by [Load].
type Dataset struct {
	Name     string // "GeoWebNews", "TR-News", "LGL", or the file's base name
	Format   Format
	Articles []Article
	Offsets  OffsetCheck // how the file's offsets were read and how well they fit
}

// Article is one news article with its gold toponyms.
type Article struct {
	ID   string // GWN: the file attribute; TR-News, LGL: docid
	Text string
	Gold []Toponym // in file order
}

// Toponym is one gold annotation.
type Toponym struct {
	Span              // in code points of Article.Text
	Text       string // the annotated phrase as the file gives it
	GeonamesID int    // 0 when the file gives none
	Lat, Lon   float64
	HasCoords  bool   // false: left out of every resolution figure
	Type       string // GWN type such as "Literal" or "Metonymic"; "" in TR-News and LGL
	// NonLocational is GWN's nonLocational="Yes". In GWN it is only ever set on
	// the Literal_Expression and Non_Lit_Expression annotations, which are
	// not toponyms anyway; a non-locational toponym never counts as literal.
	NonLocational bool
	// Misaligned is true when Text is not at Span in the article, even after
	// realignment (see [OffsetCheck]). Misaligned toponyms are left out of
	// every figure: neither recognition nor resolution can be scored against
	// a position the file gets wrong.
	Misaligned bool
}

// Class groups toponym types as Gritta et al. (2019) do.
type Class int

// Classes of gold annotations.
const (
	// ClassUntyped is every toponym of TR-News and LGL, whose files carry no
	// type. They all count.
	ClassUntyped Class = iota
	// ClassLiteral: the name refers to the place itself, as a location.
	ClassLiteral
	// ClassAssociative: the name stands for something associated with the
	// place (its government, its people, its language, a team…).
	ClassAssociative
	// ClassNotToponym: GWN annotations that are not toponyms at all and never
	// count (Non_Toponym, Literal_Expression, Non_Lit_Expression).
	ClassNotToponym
)

// GeoWebNews types, as spelled in GWN.xml.
const (
	TypeLiteral            = "Literal"
	TypeLiteralModifier    = "Literal_Modifier"
	TypeMixed              = "Mixed"
	TypeCoercion           = "Coercion"
	TypeEmbeddedLiteral    = "Embedded_Literal"
	TypeMetonymic          = "Metonymic"
	TypeNonLiteralModifier = "Non_Literal_Modifier"
	TypeEmbeddedNonLiteral = "Embedded_Non_Lit"
	TypeDemonym            = "Demonym"
	TypeLanguage           = "Language"
	TypeHomonym            = "Homonym"
	TypeNonToponym         = "Non_Toponym"
	TypeLiteralExpression  = "Literal_Expression"
	TypeNonLitExpression   = "Non_Lit_Expression"
)

// typeClass maps every GWN type to its class; see the package documentation
// for why each type sits where it does.
var typeClass = map[string]Class{
	TypeLiteral:            ClassLiteral,
	TypeLiteralModifier:    ClassLiteral,
	TypeMixed:              ClassLiteral,
	TypeCoercion:           ClassLiteral,
	TypeEmbeddedLiteral:    ClassLiteral,
	TypeMetonymic:          ClassAssociative,
	TypeNonLiteralModifier: ClassAssociative,
	TypeEmbeddedNonLiteral: ClassAssociative,
	TypeDemonym:            ClassAssociative,
	TypeLanguage:           ClassAssociative,
	TypeHomonym:            ClassAssociative,
	TypeNonToponym:         ClassNotToponym,
	TypeLiteralExpression:  ClassNotToponym,
	TypeNonLitExpression:   ClassNotToponym,
}

// LiteralTypes returns the GWN types of the standard evaluation, in the
// order of the paper's taxonomy.
func LiteralTypes() []string {
	return []string{TypeLiteral, TypeMixed, TypeCoercion, TypeEmbeddedLiteral, TypeLiteralModifier}
}

// AssociativeTypes returns the GWN types that count only in [ScopeAllTypes].
func AssociativeTypes() []string {
	return []string{TypeMetonymic, TypeNonLiteralModifier, TypeEmbeddedNonLiteral, TypeDemonym, TypeLanguage, TypeHomonym}
}

// Class returns the class of t's type.
func (t Toponym) Class() Class {
	if t.Type == "" {
		return ClassUntyped
	}
	c, ok := typeClass[t.Type]
	if !ok {
		return ClassNotToponym // Load refuses unknown types, so only hand-built values get here
	}
	return c
}

// Scope selects which gold toponyms a figure counts.
type Scope int

// Scopes of evaluation.
const (
	// ScopeStandard is the standard evaluation: in GWN the literal toponyms
	// that are not non-locational; in TR-News and LGL every toponym.
	ScopeStandard Scope = iota
	// ScopeAllTypes counts literal and associative toponyms alike (GWN's
	// Non_Toponym and expression annotations still never count).
	ScopeAllTypes
)

// String returns "standard" or "all-types".
func (s Scope) String() string {
	if s == ScopeAllTypes {
		return "all-types"
	}
	return "standard"
}

// MarshalText writes the scope's name, for JSON.
func (s Scope) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Includes reports whether t counts in scope s. Misaligned toponyms never count.
func (s Scope) Includes(t Toponym) bool {
	if t.Misaligned {
		return false
	}
	switch t.Class() {
	case ClassUntyped:
		return true
	case ClassLiteral:
		return s == ScopeAllTypes || !t.NonLocational
	case ClassAssociative:
		return s == ScopeAllTypes
	}
	return false
}

// Scopes returns the scopes worth reporting for ds: both for GWN, only the
// standard one for TR-News and LGL, where they are the same.
func (ds *Dataset) Scopes() []Scope {
	if ds.Format == FormatGWN {
		return []Scope{ScopeStandard, ScopeAllTypes}
	}
	return []Scope{ScopeStandard}
}
