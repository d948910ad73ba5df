"""A rule table of policy sentences written for this project (not copied from the corpus).

Newsroom and machine-translation wording of every action family, in active, passive and nominal forms, with
actors named as countries, capitals, adjectives, ministries, people and coordinated parties, and effective
dates in the shapes news uses. Each row: the sentence, its publication date, and the one policy expected
(actor, action, keywords that must all appear in the object, effective date, status).

Conventions (the corpus gold's, see corpus/README.md and docs in README.md "Policies"):
- a central bank's rate, reserve-requirement and bond-purchase moves are policies; the actor is the bank;
- the effective date is the day the policy applies from: after "from/starting/effective/as of", the day a
  policy "took effect"/"came into force", the day it was implemented, imposed or introduced ("imposed ... on
  Thursday"); the day it was merely announced or reported is not; "effective immediately" is the day of the
  decision (the publication date when no other day is named); "next month" is its first day; a duration
  ("within 30 days", "next week") names no day and gives null;
- status: `planned` (future or planned, or a date after publication), `in_effect` (took effect, or enacted
  in the past), `announced` (stated, decided, reached or signed without being in force yet).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PUBLISHED = date(2023, 12, 4)  # a Monday


@dataclass(frozen=True)
class Row:
    text: str
    actor: str | None
    action: str
    keywords: tuple[str, ...]
    effective: date | None
    status: str
    published: date = PUBLISHED
    tags: tuple[str, ...] = field(default=())  # "parse": a rule of the dependency parse, no fast-mode pattern


def d(y: int, m: int, day: int) -> date:
    return date(y, m, day)


ROWS: list[Row] = [
    # ------------------------------------------------------------------ export controls, licences, export bans
    Row("Beijing will require export licences for drone parts starting September 1.",
        "China", "export_controls", ("drone parts",), d(2024, 9, 1), "planned"),
    Row("China's commerce ministry announced export controls on gallium and germanium, effective August 1.",
        "China", "export_controls", ("gallium", "germanium"), d(2023, 8, 1), "in_effect"),
    Row("Washington tightened curbs on exports of advanced AI chips to China on Tuesday.",
        "United States", "export_controls", ("advanced AI chips",), d(2023, 11, 28), "in_effect"),
    Row("Japan added 23 types of chipmaking equipment to its export control list, effective July 23.",
        "Japan", "export_controls", ("chipmaking equipment",), d(2023, 7, 23), "in_effect"),
    Row("Indonesia banned exports of nickel ore from January 1, 2020.",
        "Indonesia", "ban", ("nickel ore",), d(2020, 1, 1), "in_effect"),
    Row("The Netherlands will require licences for exports of some advanced lithography machines.",
        "Netherlands", "export_controls", ("lithography machines",), None, "planned"),
    Row("Beijing has banned the export of rare earth processing technology.",
        "China", "ban", ("rare earth processing technology",), None, "in_effect"),
    Row("The imposition of export restrictions on graphite by China took effect on December 1.",
        "China", "export_controls", ("graphite",), d(2023, 12, 1), "in_effect"),
    Row("The Ministry of Commerce announced that it will implement export control on some graphite items from "
        "December 1 this year.", "China", "export_controls", ("graphite",), d(2023, 12, 1), "planned",
        published=d(2023, 10, 20)),
    Row("Chinese authorities will restrict exports of antimony starting September 15.",
        "China", "export_controls", ("antimony",), d(2024, 9, 15), "planned", published=d(2024, 8, 20)),
    Row("Japanese authorities tightened export restrictions on 23 semiconductor items as of July 23.",
        "Japan", "export_controls", ("23 semiconductor items",), d(2023, 7, 23), "in_effect"),
    Row("Export licences will be required by Seoul for shipments of certain urea products.",
        "South Korea", "export_controls", ("urea",), None, "planned"),
    # ------------------------------------------------------------------ tariffs, duties, exemptions, retaliation
    Row("The United States will impose a 25% tariff on steel imports from March 12.",
        "United States", "tariff", ("steel imports",), d(2024, 3, 12), "planned"),
    Row("Canada slapped a 100% surtax on Chinese-made electric vehicles, effective October 1.",
        "Canada", "tariff", ("electric vehicles",), d(2023, 10, 1), "in_effect"),
    Row("Tariffs of 10% on all Chinese goods will be imposed by Washington starting next month.",
        "United States", "tariff", ("Chinese goods",), d(2024, 1, 1), "planned"),
    Row("Trump said he would impose tariffs of 25% on imports from Mexico and Canada.",
        "United States", "tariff", ("Mexico", "Canada"), None, "planned", published=d(2025, 2, 1)),
    Row("China will levy retaliatory tariffs of 15% on US coal and liquefied natural gas from February 10.",
        "China", "tariff", ("coal",), d(2025, 2, 10), "planned", published=d(2025, 2, 4)),
    Row("Mexico raised import duties on steel, textiles and footwear to as much as 35%.",
        "Mexico", "tariff", ("steel",), None, "in_effect"),
    Row("The EU imposed definitive anti-dumping duties on Chinese biodiesel on Monday.",
        "European Union", "anti_dumping_duty", ("Chinese biodiesel",), d(2023, 12, 4), "in_effect"),
    Row("Countervailing duties of up to 35.3% will be levied on battery electric vehicles made in China.",
        None, "anti_subsidy_duty", ("battery electric vehicles",), None, "planned"),
    Row("The USTR extended tariff exclusions for 77 Chinese products until May 31.",
        "United States", "tariff_exemption", ("77 Chinese products",), None, "in_effect"),
    Row("Beijing announced tariff exemptions for some US chemicals, including ethane.",
        "China", "tariff_exemption", ("US chemicals",), None, "announced"),
    Row("South Korea will scrap tariffs on imported eggs and fruit starting January 1.",
        "South Korea", "tariff", ("eggs",), d(2024, 1, 1), "planned"),
    Row("Additional duties of 20% will be imposed by the European Commission on Chinese e-bikes from January 15.",
        "European Union", "tariff", ("Chinese e-bikes",), d(2024, 1, 15), "planned"),
    Row("The 25% tariff on imported cars came into force on April 3.",
        None, "tariff", ("imported cars",), d(2025, 4, 3), "in_effect", published=d(2025, 4, 10)),
    Row("The Customs Tariff Commission of the State Council decided to impose a 10% tariff on crude oil originating "
        "in the United States from February 10, 2025.", "China", "tariff", ("crude oil",), d(2025, 2, 10), "planned",
        published=d(2025, 2, 4)),
    Row("Vietnam's finance ministry imposed anti-dumping duties of up to 27.83% on Chinese steel products.",
        "Vietnam", "anti_dumping_duty", ("Chinese steel products",), None, "in_effect"),
    Row("The imposition of a 15% levy on rice exports took effect immediately.",
        None, "tariff", ("rice exports",), d(2023, 12, 4), "in_effect"),
    Row("Effective immediately, Argentina scrapped export duties on grains.",
        "Argentina", "tariff", ("grains",), d(2023, 12, 4), "in_effect"),
    Row("The United States will end duty-free treatment for low-value parcels within 30 days.",
        "United States", "tariff_exemption", ("low-value parcels",), None, "planned"),
    Row("The levies will take effect on the 15th.", None, "tariff", (), d(2023, 12, 15), "planned"),
    Row("The announcement of a 50% tariff on copper by Washington sent prices soaring.",
        "United States", "tariff", ("copper",), None, "announced"),
    Row("Ottawa will hit US steel and aluminium with counter-tariffs worth C$29.8 billion as of Thursday.",
        "Canada", "tariff", ("steel",), d(2023, 12, 7), "planned"),
    # ------------------------------------------------------------------ subsidies, tax credits, rebates, tax cuts
    Row("Germany will end subsidies for electric car purchases from December 18.",
        "Germany", "subsidy", ("electric car purchases",), d(2023, 12, 18), "planned"),
    Row("The US government offers tax credits of up to $7,500 to buyers of electric vehicles.",
        "United States", "subsidy", ("electric vehicles",), None, "in_effect"),
    Row("China will raise export tax rebates for some steel products to 13% from January 1.",
        "China", "tax_relief", ("steel products",), d(2024, 1, 1), "planned"),
    Row("Tokyo announced new subsidies for household electricity and city gas bills.",
        "Japan", "subsidy", ("electricity",), None, "announced"),
    Row("India approved a production-linked incentive scheme for electronics makers.",
        "India", "subsidy", ("electronics makers",), None, "announced"),
    Row("Seoul cut the fuel tax by 25% starting November 1.",
        "South Korea", "tax_cut", ("fuel tax",), d(2023, 11, 1), "in_effect"),
    Row("France introduced a bonus of up to 7,000 euros for buyers of electric cars made in Europe.",
        "France", "subsidy", ("electric cars",), None, "in_effect"),
    # ------------------------------------------------------------------ financing, loans, funds, monetary moves
    Row("The China Development Bank extended a 5 billion yuan credit line to exporters.",
        "China Development Bank", "financing", ("exporters",), None, "in_effect"),
    Row("The World Bank approved a $1.5 billion loan to Ukraine.",
        "World Bank", "financing", ("Ukraine",), None, "announced"),
    Row("The South Korean government will set up a 100 billion won guarantee fund for small exporters.",
        "South Korea", "financing", ("small exporters",), None, "planned"),
    Row("The People's Bank of China lowered the one-year loan prime rate by 10 basis points to 3.45%.",
        "People's Bank of China", "rate_cut", ("loan prime rate",), None, "in_effect"),
    Row("The Reserve Bank of India left the repo rate unchanged at 6.5%.",
        "Reserve Bank of India", "rate_hold", ("repo rate",), None, "announced"),
    Row("China will cut the reserve requirement ratio for banks by 0.5 percentage point from February 5.",
        "People's Bank of China", "reserve_requirement_cut", ("reserve requirement ratio",), d(2024, 2, 5), "planned"),
    Row("The Fed raised interest rates by a quarter point on Wednesday.",
        "Federal Reserve", "rate_hike", ("interest rates",), d(2023, 11, 29), "in_effect"),
    Row("China's central bank decided to lower the interest rate of personal housing provident fund loans by 0.25 "
        "percentage points.", "People's Bank of China", "rate_cut", ("housing provident fund loans",), None, "announced"),
    Row("Beijing unveiled a 1 trillion yuan special treasury bond program to fund infrastructure.",
        "China", "financing", (), None, "announced"),
    # ------------------------------------------------------------------ reforms
    Row("Vietnam passed a land law reform that takes effect from August 1, 2024.",
        "Vietnam", "reform", ("land law",), d(2024, 8, 1), "planned"),
    Row("The State Council unveiled a three-year reform plan for state-owned enterprises.",
        "China", "reform", ("state-owned enterprises",), None, "announced"),
    Row("Japan will overhaul its tax system to encourage wage increases.",
        "Japan", "reform", ("tax system",), None, "planned"),
    Row("India launched sweeping labour market reforms in March.",
        "India", "reform", ("labour market",), None, "in_effect"),
    # ------------------------------------------------------------------ sanctions, entity lists, bans, restrictions
    Row("The US Treasury sanctioned three Hong Kong-based firms for supplying drone parts.",
        "United States", "sanctions", ("firms",), None, "in_effect"),
    Row("Britain imposed sanctions on 50 entities linked to Russia's military on Thursday.",
        "United Kingdom", "sanctions", ("50 entities",), d(2023, 11, 30), "in_effect"),
    Row("The US Commerce Department added 36 Chinese companies to the Entity List, effective immediately.",
        "United States", "sanctions", ("36 Chinese companies",), d(2023, 12, 4), "in_effect"),
    Row("China placed two Lockheed Martin units on its unreliable entity list.",
        "China", "sanctions", ("Lockheed Martin units",), None, "in_effect"),
    Row("The Biden administration restricted US investment in Chinese quantum computing firms.",
        "United States", "investment_restriction", ("quantum computing",), None, "in_effect"),
    Row("Russia has banned imports of Japanese seafood since October 16.",
        "Russia", "ban", ("Japanese seafood",), d(2023, 10, 16), "in_effect"),
    Row("Beijing imposed a blanket ban on Japanese seafood imports after the release of treated water began on "
        "August 24.", "China", "ban", ("Japanese seafood imports",), None, "in_effect"),
    Row("A ban on the sale of Huawei equipment was ordered by the Federal Communications Commission.",
        "Federal Communications Commission", "ban", ("Huawei equipment",), None, "in_effect"),
    # ------------------------------------------------------------------ agreements, FTAs, memoranda, deals
    Row("The US and Japan signed a critical minerals agreement on March 28.",
        "United States, Japan", "agreement", ("critical minerals agreement",), d(2023, 3, 28), "in_effect"),
    Row("The free trade agreement between China and Nicaragua came into force on January 1, 2024.",
        "China, Nicaragua", "agreement", ("free trade agreement",), d(2024, 1, 1), "in_effect",
        published=d(2024, 1, 5)),
    Row("Australia and the UAE concluded negotiations on a comprehensive economic partnership agreement.",
        "Australia, United Arab Emirates", "agreement", ("comprehensive economic partnership agreement",), None, "announced"),
    Row("Seoul and Tokyo agreed to restore a currency swap deal worth $10 billion.",
        "South Korea, Japan", "agreement", ("currency swap deal",), None, "announced"),
    Row("China and ASEAN officially signed the upgrade protocol of the free trade area on the 28th.",
        "China, Association of Southeast Asian Nations", "agreement", ("protocol",), d(2023, 11, 28), "in_effect"),
    Row("Britain's accession to the CPTPP trade pact will take effect on December 15.",
        "United Kingdom", "agreement", ("CPTPP",), d(2023, 12, 15), "planned"),
    Row("Washington and Beijing reached a 90-day tariff truce in Geneva.",
        "United States, China", "agreement", ("tariff truce",), None, "announced", published=d(2025, 5, 14)),
    Row("A memorandum of understanding on battery supply chains was signed by Indonesia and South Korea.",
        "Indonesia, South Korea", "agreement", ("memorandum of understanding",), None, "in_effect"),
    # ------------------------------------------------------------------ quotas
    Row("China set rare earth mining quotas at 240,000 tons for 2023.",
        "China", "quota", ("rare earth mining",), None, "announced"),
    Row("The EU will cut steel import quotas by 15% from April 1.",
        "European Union", "quota", ("steel",), d(2024, 4, 1), "planned"),
    # ------------------------------------------------------------------ investigations (announced or launched)
    Row("Beijing launched an anti-dumping investigation into brandy imported from the EU on January 5.",
        "China", "trade_investigation", ("brandy",), d(2024, 1, 5), "in_effect", published=d(2024, 1, 10)),
    Row("The European Commission opened an anti-subsidy probe into Chinese electric vehicles.",
        "European Union", "trade_investigation", ("Chinese electric vehicles",), None, "in_effect"),
    Row("China's Commerce Ministry said it would start a countervailing investigation into EU dairy products.",
        "China", "trade_investigation", ("EU dairy products",), None, "planned"),
    # ------------------------------------------------------------------ other shapes of dates and subjects
    Row("Starting Monday, Malaysia will impose a 10% sales tax on low-value goods sold online.",
        "Malaysia", "tax", ("sales tax",), d(2023, 12, 4), "planned", published=d(2023, 12, 1)),
    Row("The Netherlands announced on June 30 that its new restrictions on chipmaking tools will take effect on "
        "September 1.", "Netherlands", "trade_restriction", ("chipmaking tools",), d(2023, 9, 1), "planned",
        published=d(2023, 7, 20)),
    Row("Trade Minister Ahn Duk-geun said the government would hand out 2 trillion won in subsidies to battery makers.",
        "South Korea", "subsidy", ("battery makers",), None, "planned", published=d(2025, 3, 1)),
    Row("The new export rules came into force on January 1, 2024, the ministry said.",
        None, "export_controls", (), d(2024, 1, 1), "in_effect", published=d(2024, 1, 3)),
    # ------------------------------------------------------------------ budgets, packages, trade finance, floors
    Row("Seoul will provide 50 trillion won in export financing to shipbuilders next year.",
        "South Korea", "financing", ("shipbuilders",), None, "planned"),
    # the day a package or budget is approved or passed is the decision's, not a day it applies from
    Row("Australia's cabinet approved a 12 billion dollar relief package for flood-hit farmers on Wednesday.",
        "Australia", "financing", ("flood-hit farmers",), None, "announced"),
    Row("The Japanese parliament passed a supplementary budget of 13 trillion yen on Friday.",
        "Japan", "financing", (), None, "announced"),
    Row("India imposed a minimum export price on onions from Monday.",
        "India", "price_floor", ("onions",), d(2023, 12, 4), "in_effect"),
    Row("Beijing imposed export duties of 20% on fertiliser shipments.",
        "China", "tariff", ("fertiliser shipments",), None, "in_effect"),
    Row("Hanoi offers tax holidays of up to ten years for semiconductor plants.",
        "Vietnam", "tax_relief", ("tax holidays",), None, "in_effect"),
    Row("Singapore set up a green channel for licence applications from chip exporters.",
        "Singapore", "fast_track", ("licence applications",), None, "announced"),
    Row("The Canadian government issued a decree requiring banks to report foreign loans.",
        "Canada", "decree", (), None, "announced"),
    # a body's recommendation is its step; a body the knowledge base does not know is named as written
    Row("The Anti-Dumping Commission recommended duties of 15% on Chinese steel wheels.",
        "Anti-Dumping Commission", "tariff", ("Chinese steel wheels",), None, "announced"),
    Row("Canada's Trade Tribunal launched an anti-dumping probe into Chinese wire rod.",
        "Trade Tribunal (Canada)", "trade_investigation", ("Chinese wire rod",), None, "in_effect"),
    # a change under way ("is tripling") dates a yearless day ahead
    Row("Washington is tripling its tariff on Chinese solar cells to 75%, effective Jan. 8.",
        "United States", "tariff", ("Chinese solar cells",), d(2024, 1, 8), "planned"),
    Row("Indonesia brought forward its ban on bauxite exports by two years.",
        "Indonesia", "ban", ("bauxite exports",), None, "announced"),
    # ------------------------------------------------------------------ fees, visas, guarantees, caps, carbon prices
    Row("Indonesia will collect an entry fee of 150,000 rupiah from foreign tourists visiting Bali starting February 14.",
        "Indonesia", "fee", (), d(2024, 2, 14), "planned"),
    Row("Peru's Congress approved a new royalty on gold miners on Wednesday.",
        "Congress (Peru)", "fee", ("gold miners",), None, "announced"),
    Row("Japan will issue 5,000 working holiday visas a year to young Britons.",
        "Japan", "visa", (), None, "planned"),
    Row("Malaysia extended the visa fee waiver for Indian and Chinese tourists until December 31.",
        "Malaysia", "tax_relief", ("Indian and Chinese tourists",), None, "in_effect"),
    Row("The government of Vietnam decided that tax preferences for the Da Nang high-tech park will be extended until 2030.",
        "Vietnam", "tax_relief", ("Da Nang high-tech park",), None, "planned"),
    Row("Seoul will expand loan guarantees for small exporters from January 1.",
        "South Korea", "credit_guarantee", ("small exporters",), d(2024, 1, 1), "planned"),
    Row("Canberra raised the cap on foreign students at each university to 25 percent from January 1.",
        "Australia", "quota", ("foreign students",), d(2023, 1, 1), "in_effect"),
    Row("Britain's emissions trading scheme will be extended to waste incineration from 2028.",
        "United Kingdom", "carbon_pricing", (), d(2028, 1, 1), "planned"),
    # a day the policy applies from ("effective from") wins over the day of the decision ("On Wednesday")
    Row("On Wednesday, the Bank of Korea lowered its base rate to 3.25%, effective from November 30.",
        "Bank of Korea", "rate_cut", ("base rate",), d(2023, 11, 30), "in_effect"),
    Row("On Friday, Mexico raised the tariff on imported phones, starting December 15.",
        "Mexico", "tariff", ("imported phones",), d(2023, 12, 15), "planned"),
    # an act as the subject: its signer or approver is the doer
    Row("The law, approved by the Thai cabinet, doubles the excise tax on sugary drinks.",
        "Thailand", "tax_increase", ("sugary drinks",), None, "announced"),
    # a policy taken under an act applies from the day the act took effect
    Row("Banks already pay a 10% levy on profits, reinstated by Hungary under the budget act that took effect on March 4.",
        "Hungary", "tariff", ("profits",), d(2023, 3, 4), "announced"),
    # market access and trade probes named by a verb whose object is a trade flow; a passive one opens the
    # destination's market
    Row("Beijing's customs agency issued a notice allowing the import of Mongolian oats that meet quarantine standards.",
        "China", "import_access", ("Mongolian oats",), None, "announced"),
    Row("Rapeseed grown in all provinces of Canada will be allowed to be exported to China from March 1.",
        "China", "import_access", ("rapeseed",), d(2024, 3, 1), "planned"),
    Row("Seoul will permit the importation of American beef from cattle older than 30 months starting January 1.",
        "South Korea", "import_access", ("American beef",), d(2024, 1, 1), "planned"),
    Row("India's trade remedies office is investigating imports of aluminium foil from China and Vietnam.",
        "India", "trade_investigation", ("aluminium foil", "Vietnam"), None, "announced"),
    # laws and bills, with what they do; a named strategy framing the government's aim
    Row("Canberra passed legislation to stop taxing the foreign income of Indian software firms.",
        "Australia", "legislation", ("stop taxing",), None, "announced"),
    Row("Thailand's parliament approved a bill that legalises casino resorts.",
        "Thailand", "legislation", ("legalises casino resorts",), None, "announced"),
    Row("Under its Hydrogen Roadmap 2040, Chile aims to export green fuels by 2030.",
        "Chile", "policy", ("Hydrogen Roadmap 2040",), None, "in_effect"),
    # market access, border checks and public tenders, each with a government doer
    Row("Japan granted duty-free access to Cambodian garments from April 1.",
        "Japan", "import_access", ("Cambodian garments",), d(2023, 4, 1), "in_effect"),
    Row("Kuala Lumpur said it would strengthen checks on solar panel shipments bound for the United States.",
        "Malaysia", "inspection", ("solar panel shipments",), None, "planned"),
    # a wire dateline with the agency in parentheses names the country "the government" belongs to
    Row("BERLIN, Nov 30 (Reuters) - Imports slowed after the government ended its electric vehicle purchase subsidy on "
        "Nov. 17, a blow to Chinese carmakers that sell mostly in China.",
        "Germany", "subsidy", ("electric vehicle purchase",), d(2023, 11, 17), "in_effect"),
    # currency policy: a devaluation by its doer, an exchange-rate regime or capital controls
    Row("Egypt's central bank devalued the pound by 14% on Thursday.",
        "Central Bank of Egypt", "devaluation", ("pound",), d(2023, 11, 30), "in_effect"),
    Row("Argentina's government announced a 54% devaluation of the peso on Wednesday.",
        "Argentina", "devaluation", ("devaluation of the peso",), None, "announced"),
    Row("Laos tightened capital controls on Monday to defend the kip.",
        "Laos", "exchange_rate_regime", ("capital controls",), d(2023, 12, 4), "in_effect"),
    # the subject of a recipient verb is the beneficiary, the "from" party the doer; no firm-to-firm deals
    Row("Dairy farmers in Quebec will receive subsidies from Ottawa to offset the new quotas.",
        "Canada", "subsidy", ("dairy farmers",), None, "planned", tags=("parse",)),
    Row("Small shipyards will get low-interest loans from the South Korean government starting next month.",
        "South Korea", "financing", ("small shipyards",), d(2024, 1, 1), "planned", tags=("parse",)),
    Row("Exporters of rare earths must apply for permits from China's commerce ministry from January 1.",
        "China", "licence", ("exporters of rare earths",), d(2024, 1, 1), "planned", tags=("parse",)),
    # a government body spending money on something, or supporting someone not named
    Row("The finance minister said the government will invest 3 trillion won a year in research on battery parts.",
        "South Korea", "financing", ("research on battery parts",), None, "planned", tags=("parse",)),
    Row("Japan's cabinet will allocate 500 billion yen to flood relief.",
        "Japan", "financing", ("flood relief",), None, "planned", tags=("parse",)),
    Row("Vietnam's trade ministry will help small garment makers to find new buyers, an official said.",
        "Vietnam", "policy", ("small garment makers",), None, "planned", tags=("parse",)),
    # a relative clause that puts a good under a policy: the good is what the policy covers
    Row("Brazilian soybeans, which fall under Beijing's annual import quota, sold well.",
        "China", "quota", ("Brazilian soybeans",), None, "in_effect", tags=("parse",)),
    # a one-word speaker the knowledge base does not know is no actor: "the ministry" is the article's country's
    Row("Manila, May 6 -- Philippine rice imports fell. Tiongson said the government will provide 5 billion pesos in "
        "loans to rice farmers.", "Philippines", "financing", ("rice farmers",), None, "planned", tags=("parse",)),
    # a debt office or a named centre borrowing an amount is public financing, also after "said it expected to"
    Row("Kenya's Public Debt Management Office said it expects to borrow 400 billion shillings next year.",
        "Public Debt Management Office (Kenya)", "financing", (), None, "planned", tags=("parse",)),
    Row("Nigeria's Debt Management Centre plans to borrow 2 trillion naira from local lenders.",
        "Debt Management Centre (Nigeria)", "financing", (), None, "planned", tags=("parse",)),
    # a notice, circular, directive or advisory a body issues; a day in its content clause under "must"/"will" is the
    # coming one
    Row("Jakarta's trade ministry issued a circular that starting March 1, nickel exporters must register every "
        "cargo.", "Indonesia", "policy", ("circular",), d(2024, 3, 1), "planned", tags=("parse",)),
    Row("Hanoi's customs department issued a notice that from January 15, certificates of origin for goods bound for "
        "Canada will be issued only by the trade ministry.", "Vietnam", "policy", ("certificates of origin",),
        d(2024, 1, 15), "planned", tags=("parse",)),
    Row("Seoul's food safety ministry issued a directive requiring importers to label the origin of frozen fish.",
        "South Korea", "policy", ("directive",), None, "announced", tags=("parse",)),
    # a state budget a cabinet or parliament adopts; prices a state body fixes for what it buys or sells
    Row("Riyadh's cabinet approved a 2026 budget with spending of 1.3 trillion riyals on Tuesday.",
        "Saudi Arabia", "legislation", ("2026 budget",), d(2026, 1, 1), "planned", tags=("parse",)),
    # a measure backdated or made retroactive to a day applies from that day; a decoy without a day keeps the act's
    Row("Ottawa has cut its surtax on imported steel to 10%, backdated to Aug. 5.",
        "Canada", "tariff", ("imported steel",), d(2024, 8, 5), "in_effect", published=d(2024, 9, 20)),
    Row("Mexico lowered tariffs on Chinese textiles to 20%, retroactive to July 1.",
        "Mexico", "tariff", ("Chinese textiles",), d(2024, 7, 1), "in_effect", published=d(2024, 9, 20)),
    Row("Jakarta raised its export levy on palm oil to 10% on Monday, with refunds not backdated to earlier shipments.",
        "Indonesia", "tariff", ("palm oil",), d(2024, 9, 16), "in_effect", published=d(2024, 9, 20)),
    # a budget named by its year applies from the start of that fiscal year: January 1, unless the country's fiscal
    # year starts otherwise or the article says when it starts; an extra budget applies when it is passed
    Row("Kenya's parliament passed the 2024/25 budget late on Thursday.",
        "Kenya", "legislation", ("2024/25 budget",), d(2024, 7, 1), "planned", published=d(2024, 6, 21),
        tags=("parse",)),
    Row("New Delhi unveiled its 2024 budget, raising spending on rural roads.",
        "India", "legislation", ("2024 budget",), d(2024, 4, 1), "planned", published=d(2024, 2, 2), tags=("parse",)),
    Row("The Diet enacted a budget for fiscal 2024 that lifts defence outlays to a record.",
        "Diet", "legislation", ("budget",), d(2024, 4, 1), "planned", published=d(2024, 3, 29), tags=("parse",)),
    Row("Congress passed a budget for fiscal 2024 after weeks of wrangling.",
        "Congress", "legislation", ("budget",), d(2023, 10, 1), "in_effect", tags=("parse",)),
    Row("The Pretoria cabinet adopted a 2025 budget that trims transfers to state companies.",
        "South Africa", "legislation", ("2025 budget",), d(2025, 1, 1), "planned", published=d(2024, 10, 30),
        tags=("parse",)),
    Row("Jakarta raised the farm-gate price of palm fruit bunches by 20% from October 5.",
        "Indonesia", "price_increase", ("farm-gate price of palm fruit",), d(2023, 10, 5), "in_effect", tags=("parse",)),
    Row("New Delhi lifted the minimum support price for wheat by 150 rupees per quintal.",
        "India", "price_increase", ("minimum support price for wheat",), None, "in_effect", tags=("parse",)),
    # a central bank's cash, reference and monetary policy rates
    Row("The Reserve Bank of New Zealand cut its official cash rate by half a point on Wednesday.",
        "Reserve Bank of New Zealand", "rate_cut", ("official cash rate",), d(2023, 11, 29), "in_effect"),
    Row("Peru's central bank lowered its reference rate to 4.75% on Thursday.",
        "Central Reserve Bank of Peru", "rate_cut", ("reference rate",), d(2023, 11, 30), "in_effect"),
    # the European bloc's state aid approvals
    Row("Brussels approved 900 million euros in state aid for a Spanish battery plant.",
        "European Union", "subsidy", ("battery plant",), None, "announced", tags=("parse",)),
    # no policy noun: what a government body decides, announces or orders, dated, is the policy (its clause the object)
    Row("Thailand's agriculture ministry has decided that from the 1st of next month, mango shipments without "
        "traceability labels will not be granted export certificates.",
        "Thailand", "policy", ("mango shipments", "export certificates"), d(2024, 1, 1), "planned", tags=("parse",)),
    Row("Kenya's trade ministry announced on Friday that from December 15, importers of used tyres will have to pay a "
        "deposit at the port.", "Kenya", "policy", ("used tyres", "pay a deposit"), d(2023, 12, 15), "planned",
        tags=("parse",)),
    Row("Egypt's supply ministry ordered that from January 1, all grain exports must carry a quality certificate.",
        "Egypt", "policy", ("grain exports", "quality certificate"), d(2024, 1, 1), "planned", tags=("parse",)),
    Row("The customs agency of Chile decided that starting March 1, importers of frozen fish must register with the "
        "agency.", "Chile", "policy", ("frozen fish", "register"), d(2024, 3, 1), "planned", tags=("parse",)),
    # a target facing a policy: the doer is the country it applies in, else the speaker
    Row("Thai rice will continue to face higher anti-dumping duties in the United States.",
        "United States", "anti_dumping_duty", ("Thai rice",), None, "planned", tags=("parse",)),
    Row("Trump said on Tuesday that Malaysian goods would face a 25% tariff, down from the 32% rate he threatened.",
        "United States", "tariff", ("Malaysian goods",), None, "planned", published=d(2025, 7, 16), tags=("parse",)),
    # ... a directive to a class of firms: what they are to do
    Row("South Korea's financial regulator has asked lenders to hold mortgage growth under 4% next year.",
        "South Korea", "policy", ("lenders", "mortgage growth"), None, "announced", tags=("parse",)),
    # a date fronted before the policy's clause, after "that" (the parser may hang it on the reporting verb)
    Row("Seoul's finance ministry said on Tuesday that starting January 1, 2024, the customs duty on imported lithium "
        "will be scrapped.", "South Korea", "tariff", ("imported lithium",), d(2024, 1, 1), "planned", tags=("parse",)),
    # ... decoys: a fronted date of another clause, the day of a deciding verb, a date before a subordinator
    Row("From January, imports rose 5%, and the government will raise tariffs on steel.",
        "government", "tariff", ("steel",), None, "planned", tags=("parse",)),
    Row("Exports fell 4% on Nov. 20 as Ottawa cut the fuel subsidy for truckers.",
        "Canada", "subsidy", ("truckers",), None, "in_effect", tags=("parse",)),
    # a non-restrictive "which took effect" the parser hangs on a noun of the clause that is no policy
    Row("Vietnam's legislature decided to extend the reduced value-added tax rate for hotels and restaurants, which "
        "took effect on July 1.", "Vietnam", "tax", ("value-added tax",), d(2023, 7, 1), "announced", tags=("parse",)),
    # a price a state fixes for fuel, power or staple food, raised or cut by a country, capital or public body
    Row("Islamabad raised petrol prices by up to 12% on November 16.",
        "Pakistan", "price_increase", ("petrol prices",), d(2023, 11, 16), "in_effect", tags=("parse",)),
    Row("Kenya's energy regulator lowered pump prices for diesel by 5 shillings a litre on Friday.",
        "Kenya", "price_cut", ("pump prices",), d(2023, 12, 1), "in_effect", tags=("parse",)),
    Row("Cairo hiked the price of subsidised bread by fourfold on June 1.",
        "Egypt", "price_increase", ("subsidised bread",), d(2023, 6, 1), "in_effect", tags=("parse",)),
    Row("Tokyo will cut fuel prices by 10 yen a litre from January.",
        "Japan", "price_cut", ("fuel prices",), d(2024, 1, 1), "planned", tags=("parse",)),
    # a capital written short of the knowledge base's name ("New Delhi") is still its country
    Row("Delhi raised import duties on gold to 15% on Friday.",
        "India", "tariff", ("gold",), d(2023, 12, 1), "in_effect", tags=("parse",)),
]

#: sentences that state no policy: opinions, calls, conditions, history long ago, policy words as modifiers
NO_POLICY: list[str] = [
    "The ministry approved a budget of $2 billion for 2000 new classrooms.",
    # a loan or grant one firm gets from a bank or a foundation is no policy
    "Samsung received a loan from Citibank last year.",
    "The startup secured a grant from a private foundation.",
    "Homebuyers got cheaper loans from banks after the rate cut.",
    # spending by a country is trade, by a firm business; help as the purpose of something else is no policy of its own
    "China spent $3 billion on American soybeans last year.",
    "Samsung will invest 10 trillion won in a new chip plant.",
    "The new rules will help exporters.",
    # a firm's own notice, guidelines or policy is no public policy
    "The carmaker issued a notice to its dealers about the recall.",
    "The retailer announced a new returns policy for its customers.",
    "A budget airline cut its fares.",
    "Analysts said the government will help Tesla build a factory.",
    "The company received an award from the trade ministry.",
    "Analysts called for tariffs on Chinese steel.",
    "Economists believe that export controls could hurt US chipmakers.",
    "Tariffs on steel have long been a sore point between the two countries.",
    "In 1930, the US Congress raised tariffs on more than 20,000 imported goods.",
    "Business groups urged the government to cut taxes on small firms.",
    "The minister said he opposed any ban on rice exports.",
    "If Washington imposes new tariffs, Beijing could retaliate.",
    "The company cut its prices by 10% in November.",
    "Tariff revenue rose 12% in November.",
    "Farmers demanded that subsidies for fertiliser be expanded.",
    "The tariffs hurt exports, analysts said.",
    # market and company uses of policy words, advice, and a policy's purpose
    "Analysts recommended a fiscal package to lift demand.",
    "Copper prices hit a floor price of $8,000 a tonne last week.",
    "Shipping firms set up a green channel for their own customers.",
    "The exporter expects trade finance costs to rise.",
    "The carmaker approved a 2 billion dollar investment package for its Ohio plant.",
    "Economists said the extra budget was too small.",
    # fees, caps, guarantees and visas of firms, markets and people
    "The company raised its service fees by 5% in March.",
    "Airlines charge fees for checked bags.",
    "Tesla's market cap rose above $1 trillion on Friday.",
    "The retailer will waive delivery fees for members from Monday.",
    "Tourists applied for 3,000 visas in May.",
    "The insurer offers guarantees on savings products.",
    # trade-flow verbs without a trade flow, or negated; laws and strategies that are no government's act
    "Customs officers probed the shipment for hidden drugs.",
    "Farmers were allowed to sell their crops at market prices.",
    "Analysts are investigating whether imports will slow.",
    "Shipments priced below the floor will not be allowed in.",
    "Household electricity bills rose 20% last year.",
    "The law firm advised the company on the merger.",
    "He called it an act of aggression.",
    "Under the Bloomberg Commodity Strategy, the fund bought more copper.",
    "The bank processed 3,000 checks last week.",
    "Tesla won a tender to supply batteries to the grid operator.",
    "Exporters want better market access in China.",
    "Police carried out random checks on drivers.",
    # a currency's fall told by markets, not done by a government
    "The lira's devaluation hurt importers.",
    "The rupee devalued sharply against the dollar last week.",
    "Traders expect a devaluation of the yuan.",
    # a forecast announced, a firm's own decision, a leader's or an analyst's request are no decided policy
    "The statistics office announced that exports will rise from next year.",
    "The ministry announced that imports will fall to 3 billion dollars from next year.",
    "The company decided that from January 1, staff must work from the office.",
    "President Lula asked exporters to look for new markets.",
    "Analysts asked investors to stay calm from Monday.",
    "The shipping line announced that from May 2 its vessels will skip the port of Aden.",
    # a target facing a policy nobody in the sentence imposes names no doer
    "Exporters face tariffs of up to 50%.",
    # a firm's own prices, or prices that merely moved, are no administered price
    "Shell raised its fuel prices by 5% on Monday.",
    "Utility firm Enel raised electricity tariffs by 6% on Friday.",
    "A Beijing-based refiner cut its diesel prices on Friday.",
    "Electricity prices rose 4% in November, the statistics office said.",
    "Delhi's traders raised their bread prices on Friday.",
]


@dataclass(frozen=True)
class Passage:
    """A few sentences about policies: the claims expected, in order, as (actor, action, effective, keywords that
    must all appear in the object)."""

    text: str
    claims: tuple[tuple[str | None, str, date | None, tuple[str, ...]], ...]
    published: date = PUBLISHED


#: policies told across sentences: a phrase referring back ("the duties", "the pact", "the department") completes
#: or dates the policy before it; conjoined policies stay apart; consequences are no specifics
PASSAGES: list[Passage] = [
    # a budget dated by its fiscal year is a policy of its own, not the date of the generic policy before it
    Passage("Islamabad trims energy subsidies. It also seeks parliament's approval for a 2024/25 budget that narrows "
            "the deficit.",
            (("Pakistan", "subsidy", None, ("energy",)),
             ("Pakistan", "legislation", d(2024, 7, 1), ("2024/25 budget",))), published=d(2024, 4, 10)),
    # the specifics of "the duties" go to the duties named before
    Passage("Seoul slapped anti-dumping duties on Chinese steel plates on Monday. The duties for Baosteel and Ansteel "
            "are 21 percent and 28 percent, while other exporters face 25 percent.",
            (("South Korea", "anti_dumping_duty", d(2023, 12, 4), ("steel plates", "Baosteel", "Ansteel")),)),
    # a list of what is covered, in the next sentence
    Passage("Tokyo tightened export controls on chipmaking equipment on Friday. Affected products include etching tools "
            "and wafer cleaners.",
            (("Japan", "export_controls", d(2023, 12, 1), ("chipmaking equipment", "etching tools", "wafer cleaners")),)),
    # "the pact ... will come into force": the day it applies, not the day it was signed
    Passage("The EU signed a trade pact with Chile in December. The pact will come into force on February 1.",
            (("European Union", "agreement", d(2024, 2, 1), ("trade pact",)),)),
    Passage("TOKYO, Dec. 4 - The lower house approved the partnership agreement on Friday. The agreement is expected to "
            "take effect at the start of next year.", (("Japan", "agreement", d(2024, 1, 1), ("partnership agreement",)),)),
    # a policy taken under an agreement applies from the agreement's date
    Passage("Under the accord, which takes effect on January 15, India will cut tariffs on Australian wine.",
            (("India", "tariff", d(2024, 1, 15), ("Australian wine",)), (None, "agreement", d(2024, 1, 15), ()))),
    # two policies coordinated under one verb are two; a clause of its own is another
    Passage("Beijing will impose a 20% tariff on US pork, and a 5% tariff on soybeans and cotton.",
            (("China", "tariff", None, ("US pork",)), ("China", "tariff", None, ("soybeans", "cotton")))),
    Passage("Mexico has levied a 30% duty on Asian footwear since March 1, while a planned levy on textiles has been "
            "delayed until June.", (("Mexico", "tariff", d(2023, 3, 1), ("Asian footwear",)),
                                    ("Mexico", "tariff", None, ("textiles",)))),
    # the day the new rate applies from, told next, replaces the day of the decision
    Passage("The Bank of Korea raised its base rate to 3.75% on Thursday. The new rate takes effect on December 8.",
            (("Bank of Korea", "rate_hike", d(2023, 12, 8), ("base rate",)),)),
    Passage("Peru's central bank cut its benchmark rate to 5.5% on Thursday. The new rate applies from Wednesday.",
            (("Central Reserve Bank of Peru", "rate_cut", d(2023, 12, 6), ("benchmark rate",)),)),
    # a decree signed by a head of state the knowledge base does not know: the dateline's country
    Passage("LIMA, Dec 1 (Reuters) - A decree signed by President Dina Boluarte cut the import tax on solar panels to zero.",
            (("Peru", "tariff", None, ("solar panels",)), ("Peru", "decree", None, ()))),
    # "the two governments", "the two sides": the parties named before
    Passage("Vietnam and Japan signed a memorandum on rice trade in May. The two governments are now negotiating a "
            "broader economic partnership agreement.",
            (("Vietnam, Japan", "agreement", None, ("economic partnership agreement",)),)),
    Passage("Chinese and Kenyan officials met in Nairobi. Kenya sells tea to China, and China builds roads in Kenya. Wang "
            "said that both sides will implement the framework agreement on industrial parks.",
            (("China, Kenya", "agreement", None, ("industrial parks",)),)),
    # a directive goes on in a clause of its addressees' own, dated: a second policy of the same body
    Passage("The Bank of Ghana has told lenders to keep card lending under 10% of assets, and from February 1, lenders "
            "will have to report every loan above 1 million cedis.",
            (("Bank of Ghana", "policy", None, ("card lending",)),
             ("Bank of Ghana", "policy", d(2024, 2, 1), ("report every loan",)))),
    # coordinated policies, each with its own day; a fronted date scopes over predicates sharing one subject
    Passage("Jakarta will put a 20% duty on Thai rice from Jan. 5 and a 10% duty on Burmese rice from Feb. 20.",
            (("Indonesia", "tariff", d(2024, 1, 5), ("Thai rice",)), ("Indonesia", "tariff", d(2024, 2, 20), ("Burmese rice",)))),
    Passage("Brussels said that from March 1 it will tighten quotas on Turkish steel and raise the levy on Indian aluminium.",
            (("European Union", "quota", d(2024, 3, 1), ("Turkish steel",)),
             ("European Union", "tariff", d(2024, 3, 1), ("Indian aluminium",)))),
    # ... decoy: "which took effect" on a policy phrase of its own is that one's
    Passage("The country raised tariffs on toys made under the trade pact, which took effect on Jan. 1.",
            (("country", "tariff", None, ("toys",)), (None, "agreement", d(2023, 1, 1), ("trade pact",)))),
    # a country is the target of "tariffs on"
    Passage("Ottawa's 25% tariffs on Brazil and Peru were postponed for 60 days.",
            (("Canada", "tariff", None, ("Brazil", "Peru")),)),
    # "the department" is the one named before
    Passage("The Commerce Department's Bureau of Industry and Security tightened export rules on chips. The department "
            "also added 12 Chinese firms to its Entity List.",
            (("United States", "export_controls", None, ("chips",)), ("United States", "sanctions", None, ("12 Chinese firms",)))),
    # a wire dateline gives "the government" its country
    Passage("SEOUL, Jan. 5 - The government will cut the value-added tax to 8% from February, the finance ministry said. "
            "Exports to the United States rose.", (("South Korea", "tax_cut", d(2024, 2, 1), ("value-added tax",)),)),
    # ... also a dateline city that is no capital (data/dateline_cities.yaml)
    Passage("FRANKFURT, Nov 30 (Reuters) - The government will halve the electricity tax for factories from January, "
            "the finance ministry said.", (("Germany", "tax_cut", d(2024, 1, 1), ("electricity tax",)),)),
    Passage("SÃO PAULO, Dec 1 - The central bank cut its benchmark Selic rate by half a point on Wednesday.",
            (("Central Bank of Brazil", "rate_cut", d(2023, 11, 29), ("Selic rate",)),)),
    # what the policy may cause, as someone expects, is no specific of it
    Passage("Canberra imposed duties on Chinese steel last week. Builders said the duties could affect local housing costs.",
            (("Australia", "tariff", None, ("Chinese steel",)),)),
    # a following sentence that goes on about the policy without naming it: its clause is the policy's specifics
    # ... a pronoun, or a share of one, as subject ("be financed through")
    Passage("Tokyo approved a 12 trillion yen relief package on Friday. Most of it will be financed through new deficit "
            "bonds.", (("Japan", "financing", None, ("financed through new deficit bonds",)),)),
    # ... a phrase pointing back ("The move", "The package")
    Passage("Jakarta banned bauxite exports from June 10. The move ends an exemption that let miners ship ore while "
            "building refineries.", (("Indonesia", "ban", d(2023, 6, 10), ("bauxite", "exemption", "refineries")),)),
    Passage("Manila unveiled a stimulus package worth 2 trillion pesos on Friday. The package sets aside 300 billion pesos "
            "for rural roads and clinics.", (("Philippines", "financing", None, ("rural roads and clinics",)),)),
    # ... "the new rules" said to lower a threshold, with the "so" clause of the saying verb
    Passage("Washington tightened export rules on AI chips on Tuesday. The Commerce Department said the new rules lower the "
            "speed limits, so accelerators such as the X100 can no longer be sold to China.",
            (("United States", "export_controls", d(2023, 11, 28), ("AI chips", "speed limits", "X100")),)),
    # ... a clause framed by the policy ("As part of the deal") that states no policy of its own
    Passage("Canberra and Jakarta signed a trade pact on Monday. As part of the deal, Indonesia will buy 500,000 tonnes of "
            "Australian wheat a year.", (("Australia, Indonesia", "agreement", d(2023, 12, 4), ("Australian wheat",)),)),
    # ... the policy's doer named again with "also" and a further step of the same decision
    Passage("The Bank of Thailand cut its policy rate to 2.25% on Wednesday. The committee also voted to shift its guidance "
            "to neutral.", (("Bank of Thailand", "rate_cut", d(2023, 11, 29), ("policy rate", "neutral")),)),
    # ... the date it gives dates a policy without one (a retroactive one the last such day, a coming one the next)
    Passage("Seoul approved tax credits for battery makers on Monday. The credits will apply retroactively from January 1.",
            (("South Korea", "subsidy", d(2023, 1, 1), ("battery makers",)),)),
    Passage("Vietnam's parliament approved a cut in the value-added tax to 8%. It will take effect on January 1.",
            (("Vietnam", "tax", d(2024, 1, 1), ("value-added tax",)),)),
    # decoys: a new actor's rules, a market reaction, a quote, a remark with "it was" are no specifics of the policy
    Passage("Ottawa imposed a surtax on Chinese aluminium on Monday. Beijing's new rules cover rare earth magnets.",
            (("Canada", "tariff", d(2023, 12, 4), ("Chinese aluminium",)),)),
    Passage("Ankara raised its policy rate to 30% on Thursday. The move sent the lira up 3%.",
            (("Central Bank of the Republic of Turkey", "rate_hike", d(2023, 11, 30), ("policy rate",)),)),
    Passage('Brussels imposed duties on Chinese bikes on Monday. "It covers everything we asked for," an industry group '
            'said.', (("European Union", "tariff", d(2023, 12, 4), ("Chinese bikes",)),)),
    Passage("Norway raised its policy rate to 4.5% on Thursday. It was the third hike this year.",
            (("Norges Bank", "rate_hike", d(2023, 11, 30), ("policy rate",)),)),
    Passage("Pretoria imposed a levy on imported chicken on Monday. Shares of poultry producers rose 4% after the decision.",
            (("South Africa", "tariff", d(2023, 12, 4), ("imported chicken",)),)),
    # ... a further step with "also" of the doer is no specific when it is a policy verb of its own
    Passage("The Reserve Bank of Fiji cut its policy rate on Wednesday. The bank also lowered its growth forecast to 3%.",
            (("Reserve Bank of Fiji", "rate_cut", d(2023, 11, 29), ("policy rate",)),)),
]


#: a masked word ("**") inside a policy's noun phrase: the evidence keeps the words before the mask
MASKED: list[tuple[str, str]] = [
    ("Analysts said the bilateral ** agreement signed by Hanoi and Seoul on Monday would lift exports.",
     "bilateral ** agreement signed by Hanoi and Seoul"),
    ("The ministry said the retaliatory ** tariffs imposed by Beijing on Friday would hurt farmers.",
     "retaliatory ** tariffs imposed by Beijing"),
    ("Officials said the phase two [...] deal signed by Washington and Tokyo would take effect in May.",
     "phase two [...] deal signed by Washington and Tokyo"),
]
