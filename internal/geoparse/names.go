package geoparse

// personalNames are common given names and surnames in the English-
// language press. Hundreds of towns carry them (Jones, Moore, Michael,
// Mary, George); alone, such a word is a person far more often than a
// place, unless the place is big enough to be meant ("Lincoln",
// "Jackson", "Charlotte" as cities of 100,000 or more).
var personalNames = union(givenNames, surnames)

// givenNames are common given names: a capitalised word right after one
// is a surname ("John Bolton", "Andrew Jordan"), and one right before a
// surname is the person's given name ("Charlotte Smith").
var givenNames = set(
	// Names of the Bible and of past presidents, borne by people news
	// names with a town's name after them ("Abraham Lincoln"), and
	// common American names local news is full of ("Barry M. George").
	"abraham", "isaac", "moses", "ezra", "gideon", "levi", "eli", "josiah", "nathaniel", "ulysses", "theodore",
	"woodrow", "dwight", "lyndon", "grover", "rutherford", "millard",
	"barry", "phillip", "shawn", "melvin", "wade", "lester", "lonnie", "duane", "darrell", "doug", "wendell",
	"kathy", "phyllis", "vicki", "wilma", "earl", "jerome", "charlie", "chuck", "bo",
	// British and Irish ones ("Gareth Copley", a photographer).
	"gareth", "clive", "rhys", "gavin", "callum", "hamish", "declan", "ciaran", "niall", "siobhan", "aoife",
	"gemma", "kirsty", "nicola", "fiona", "hayley", "stuart", "dermot", "seamus", "conor", "kieran",
	"james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
	"christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
	"kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
	"jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
	"benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
	"tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "walter",
	"ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
	"austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce", "albert",
	"willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
	"russell", "elijah", "louis", "bobby", "philip", "johnny", "jesus", "mary", "patricia", "jennifer", "linda",
	"elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret",
	"sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "dorothy", "melissa",
	"deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley",
	"anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
	"rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia",
	"joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan",
	"andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison",
	"frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise",
	"amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany",
	"charlotte", "marie", "kayla", "alexis", "lori", "hailey", "chad", "todd", "craig", "curtis", "troy",
	"fred", "harry", "howard", "leonard", "stanley", "norman", "herbert", "bernard", "cory", "corey",
	"derek", "trevor", "shane", "brett", "darren", "wesley", "travis", "marcus", "owen", "connor", "liam",
	"caleb", "evan", "cody", "tara", "tammy", "tina", "wendy", "vicky", "paula", "carla", "sylvia", "gail",
	"holly", "molly", "lucy", "ellen", "eileen", "irene", "kristin", "kristen", "erin", "courtney", "brooke",
	"lloyd", "clarence", "leroy", "floyd", "herman", "gene", "alvin", "francis", "marvin", "jimmy", "freddie",
	"mario", "oscar", "calvin", "harvey", "tommy", "danny", "rodney", "allan", "clifford", "sidney", "hugh",
	"edna", "ethel", "lillian", "louise", "marjorie", "mildred", "thelma", "wanda", "norma", "pauline", "anne",
	"monica", "anita", "rita", "lois", "joanne", "sheila", "jane", "hilda", "nora", "agnes", "bonnie", "connie",
	"dolores", "jill",
	// Short forms the press uses.
	"tom", "bob", "jim", "mike", "bill", "dave", "steve", "chris", "tony", "nick", "ben", "sam", "dan", "liz",
	"kate", "jenny", "sue", "pat", "rob", "matt", "andy", "pete", "ken", "ron", "ted", "tim", "greg", "jeff",
	"jon", "josh", "phil", "rick", "ray", "beth", "meg", "annie", "katie", "nancy", "peggy", "gino", "luis",
	"carlos", "miguel", "pedro", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "ibrahim",
	"alex", "nigel", "neil", "ian", "colin", "graham", "simon", "alan", "alistair", "elvin", "marlon",
	// Given names of the wider world that news names people by, several
	// of them also towns ("Vladimir", "Salvador").
	"vladimir", "sergei", "sergey", "dmitry", "dmitri", "ivan", "igor", "boris", "mikhail", "alexei",
	"alexey", "nikolai", "yuri", "oleg", "viktor", "andrei", "pavel", "olga", "natalia", "tatiana",
	"svetlana", "irina", "elena", "salvador", "jorge", "juan", "javier", "alejandro", "fernando", "rafael",
	"francisco", "antonio", "manuel", "diego", "pablo", "ricardo", "eduardo", "mahmoud", "mustafa",
	"abdullah", "khalid", "yusuf", "fatima", "aisha", "hamid", "reza", "mehmet", "emmanuel", "olusegun",
	"chinedu", "kwame", "jean-pierre", "pierre", "jacques", "francois", "giuseppe", "giovanni", "marco",
	"hans", "klaus", "jurgen", "wolfgang", "wei", "ming", "hiroshi", "kenji", "raj", "rahul", "amit",
)

// surnames are common surnames.
var surnames = set(
	"smith", "johnson", "williams", "brown", "jones", "garcia", "miller", "davis", "rodriguez", "martinez",
	"hernandez", "lopez", "gonzalez", "wilson", "anderson", "taylor", "moore", "jackson", "martin", "lee",
	"perez", "thompson", "white", "harris", "sanchez", "clark", "ramirez", "lewis", "robinson", "walker",
	"young", "allen", "king", "wright", "scott", "torres", "nguyen", "hill", "flores", "green", "adams",
	"nelson", "baker", "hall", "rivera", "campbell", "mitchell", "carter", "roberts", "gomez", "phillips",
	"evans", "turner", "diaz", "parker", "cruz", "edwards", "collins", "reyes", "stewart", "morris",
	"morales", "murphy", "cook", "rogers", "gutierrez", "ortiz", "morgan", "cooper", "peterson", "bailey",
	"reed", "kelly", "howard", "ramos", "kim", "cox", "ward", "richardson", "watson", "brooks", "chavez",
	"wood", "james", "bennett", "gray", "mendoza", "ruiz", "hughes", "price", "alvarez", "castillo",
	"sanders", "patel", "myers", "long", "ross", "foster", "jimenez", "powell", "jenkins", "perry",
	"russell", "sullivan", "bell", "coleman", "butler", "henderson", "barnes", "gonzales", "fisher",
	"vasquez", "simmons", "romero", "jordan", "patterson", "alexander", "hamilton", "graham", "reynolds",
	"griffin", "wallace", "moreno", "west", "cole", "hayes", "bryant", "herrera", "gibson", "ellis",
	"tran", "medina", "aguilar", "stevens", "murray", "ford", "castro", "marshall", "owens", "harrison",
	"fernandez", "mcdonald", "woods", "washington", "kennedy", "wells", "vargas", "henry", "chen",
	"freeman", "webb", "tucker", "guzman", "burns", "crawford", "olson", "simpson", "porter", "hunter",
	"gordon", "mendez", "silva", "shaw", "snyder", "mason", "dixon", "munoz", "hunt", "hicks", "holmes",
	"palmer", "wagner", "black", "robertson", "boyd", "rose", "stone", "salazar", "fox", "warren", "mills",
	"meyer", "rice", "schmidt", "garza", "daniels", "ferguson", "nichols", "stephens", "soto", "weaver",
	"ryan", "gardner", "payne", "grant", "dunn", "kelley", "spencer", "hawkins", "arnold", "pierce",
	"vazquez", "hansen", "peters", "santos", "hart", "bradley", "knight", "elliott", "cunningham", "duncan",
	"armstrong", "hudson", "carroll", "lane", "riley", "andrews", "alvarado", "ray", "delgado", "berry",
	"perkins", "hoffman", "johnston", "matthews", "pena", "richards", "contreras", "willis", "carpenter",
	"lawrence", "sandoval", "welch", "moore", "mckinney", "mcpherson", "wilder", "corbin", "culver",
	"obama", "bush", "clinton", "trump", "biden", "lincoln", "edison", "denton", "graham", "curtis",
)

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}
