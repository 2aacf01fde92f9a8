package extract

// Spanish: Latin America's protests, strikes, roadblocks and crackdowns
// are told in it, by its press, its movements and its rights groups.
// The words read as the English lexicon's do; Spanish needs no parting
// of words.

// spanishLexicon holds the trigger patterns of each type. (Not "paro*",
// which is also unemployment, parado; not "renuncia" alone, which also
// gives up.)
var spanishLexicon = map[Type][]pattern{
	Protest: pats("protesta", "protestas", "protestaron", "manifestación", "manifestaciones", "manifestante*",
		"marcha", "marchas", "marcharon", "marchó", "movilización*", "movilizaron", "concentración",
		"concentraciones", "plantón", "plantones", "cacerolazo*", "mitin", "mítines", "salieron a las calles",
		"salieron a la calle", "tomaron las calles", "estallido social", "velatón", "velatones"),
	Strike: pats("huelga*", "huelguista*", "paro", "paros", "paro nacional", "paro cívico", "paralización",
		"paralizaron"),
	Blockade: pats("bloqueo*", "bloquearon", "bloqueaban", "barricada*", "corte de ruta", "cortes de ruta",
		"cortaron la vía", "cortaron las vías", "cortaron la carretera", "trancazo*", "piquete*", "tranque*",
		"cortes de carretera"),
	Riot: pats("disturbios", "enfrentamiento*", "choques", "incendiaron", "quemaron", "vandalismo", "vandaliz*",
		"destrozos", "atacaron", "apedrearon"),
	Looting: pats("saqueo*", "saquearon", "saqueaban", "saqueador*"),
	Repression: pats("gases lacrimógenos", "gas lacrimógeno", "lacrimógeno*", "perdigones", "balas de goma", "balines",
		"dispararon", "disparó contra", "disparos contra", "reprimió", "reprimieron", "represión", "dispersaron",
		"dispersó", "tanqueta*", "carro lanza aguas", "carros lanza aguas", "golpearon", "apalearon",
		"fueron asesinados", "fue asesinado", "fueron baleados", "fue baleado", "murieron baleados"),
	Arrests: pats("detenido*", "detenida*", "detuvo", "detuvieron", "detención", "detenciones", "arresto*",
		"arrestado*", "arrestaron", "capturado*", "capturaron", "aprehendido*", "privados de libertad"),
	StateOfEmergency: pats("estado de emergencia", "estado de excepción", "toque de queda", "toques de queda",
		"estado de sitio", "ley marcial"),
	InternetShutdown: pats("corte de internet", "cortes de internet", "apagón de internet", "bloqueo de internet",
		"restricción de internet", "restricciones de internet", "bloqueo de redes sociales", "sin internet"),
	Deployment: pats("despliegue del ejército", "despliegue de militares", "militarización", "militarizaron",
		"desplegó", "desplegaron", "militares a las calles", "sacó a los militares", "salida de los militares"),
	GovernmentChange: pats("renunció", "dimisión", "dimitió", "destitución", "destituido*", "su renuncia",
		"presentó la renuncia", "presentó su renuncia"),
	Concession: pats("retiró la reforma", "retiro de la reforma", "retirar la reforma", "dio marcha atrás",
		"suspendió el alza", "congeló"),
}

// spanishNegators deny or make hypothetical what follows them.
var spanishNegators = []string{"no", "ni", "nunca", "sin", "ningún", "ninguna", "podría", "podrían", "si",
	"negó", "niega", "niegan", "negaron", "desmintió", "desmiente", "desmintieron", "convocó", "convocaron",
	"convoca", "convocan", "convocatoria", "llamó", "llaman", "llamaron", "amenazó", "amenazan", "amenaza",
	"amenazaron", "planea", "planean", "prevé", "rumores", "rumor", "anunció que", "exigen", "exigieron"}

// spanishFigures are the words of vague amounts, for the word table.
var spanishFigures = []string{"miles", "cientos", "centenares", "decenas", "millones", "docenas"}

// spanishAmounts are the values of the vague amounts.
var spanishAmounts = map[string]int{"miles": 1000, "cientos": 200, "centenares": 200, "decenas": 24,
	"millones": 1000000, "docenas": 24}

// spanishNumbers are the numbers Spanish spells out. (Not "once",
// eleven and an English word.)
var spanishNumbers = map[string]int{"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
	"ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
	"cincuenta": 50, "cien": 100, "ciento": 100, "mil": 1000}

// Words the counts hang on: people, and their fates.
var (
	spanishPeople = []string{"personas", "manifestantes", "jóvenes", "estudiantes", "trabajadores", "civiles",
		"ciudadanos", "campesinos", "indígenas", "vecinos", "activistas", "menores"}
	spanishKilled   = []string{"muertos", "muertas", "muerto", "fallecidos", "asesinados", "asesinadas", "homicidios"}
	spanishInjured  = []string{"heridos", "heridas", "herido", "lesionados", "lesionadas"}
	spanishArrested = []string{"detenidos", "detenidas", "arrestados", "capturados", "aprehendidos", "detenciones"}
)

// spanishFateVerbs count what they name when a figure follows them
// ("la policía detuvo a 30 personas": "a" between, see fateFillers).
var spanishFateVerbs = [3][]string{
	{"mató", "mataron", "asesinó", "asesinaron", "murieron", "fallecieron"},
	{"hirió", "hirieron"},
	{"detuvo", "detuvieron", "arrestó", "arrestaron", "capturó", "capturaron"},
}

// spanishActorGroups name the actors of Spanish texts under
// actorGroups' labels.
var spanishActorGroups = []lexGroup{
	{"protesters", []string{"manifestantes", "activistas", "pobladores", "vecinos", "primera línea"}},
	{"workers", []string{"sindicato*", "trabajadores", "obreros", "gremios", "maestros", "docentes", "camioneros",
		"central unitaria", "transportistas", "mineros"}},
	{"students", []string{"estudiantes", "universitarios", "secundarios", "alumnos"}},
	{"police", []string{"policía", "policías", "carabineros", "esmad", "policía nacional", "agentes", "uniformados"}},
	{"security forces", []string{"guardia nacional", "fuerzas de seguridad", "fuerza pública", "gendarmería",
		"fuerzas especiales", "gnb", "sebin"}},
	{"army", []string{"ejército", "militares", "soldados", "fuerzas armadas"}},
	{"government", []string{"gobierno", "autoridades", "ministerio", "ministro", "ministra", "congreso",
		"asamblea nacional", "régimen", "alcaldía", "gobernación", "fiscalía"}},
	{"president", []string{"presidente", "presidenta", "mandatario", "mandataria"}},
	{"opposition", []string{"oposición", "opositores", "opositor"}},
	{"armed groups", []string{"colectivos armados", "paramilitares", "civiles armados"}},
	{"rioters", []string{"saqueadores", "vándalos", "encapuchados"}},
}

// spanishDemandTopicGroups are demandTopicGroups' cues in Spanish.
var spanishDemandTopicGroups = []lexGroup{
	{demandPrices, []string{"precio*", "tarifa*", "pasaje", "alza", "gasolinazo", "impuesto*", "reforma tributaria",
		"costo de la vida", "canasta básica", "iva"}},
	{demandLabor, []string{"salario*", "sueldo*", "pensiones", "jubilación", "empleo", "despidos", "afp"}},
	{demandRemoval, []string{"renuncia", "fuera", "que se vaya", "destitución", "dimisión"}},
	{demandPolitics, []string{"elecciones", "fraude", "constitución", "nueva constitución", "asamblea constituyente",
		"corrupción", "democracia", "presos políticos", "libertad"}},
	{demandPolice, []string{"represión", "violencia policial", "brutalidad policial", "abuso policial",
		"desaparecidos", "desaparición", "desapariciones"}},
	{demandSocial, []string{"prohibición", "censura"}},
}

// spanishDemandFrameGroups are demandFrameGroups' frames in Spanish.
var spanishDemandFrameGroups = []lexGroup{
	{frameAhead, []string{"contra", "exigiendo", "para exigir", "para reclamar", "reclamando", "en rechazo a",
		"en protesta por", "para protestar", "pidiendo"}},
	{frameCause, []string{"tras", "después de", "debido a", "a raíz de", "por el alza"}},
	{frameBreak, []string{"pero", "mientras", "sin embargo"}},
}

// spanishCountrywide say an event covers the whole country.
var spanishCountrywide = []string{"en todo el país", "a nivel nacional", "en todo el territorio", "paro nacional",
	"huelga general", "en varias ciudades del país", "en distintas ciudades del país", "todo el país",
	"em todo o país", "greve geral"}
