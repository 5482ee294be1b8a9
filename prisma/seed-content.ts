// Demo content for the Broadside seed script.
// Everything here is fictional: people, councils, companies, books, films and plays.
// Bodies use the small Markdown subset understood by lib/content/markdown.ts.

export type SeedAuthor = { key: string; name: string; slug: string; bio: string; staffEmail?: string }
export type SeedSection = { name: string; slug: string; description: string }
export type SeedTag = { name: string; slug: string; description: string }
export type SeedHero = {
  hue: number
  motif: 'bars' | 'circles' | 'waves' | 'grid' | 'diagonal'
  alt: string
  caption: string
  credit: string
  source: string
  licenceId: string
}
export type SeedArticle = {
  slug: string
  headline: string
  standfirst: string
  section: string // a section slug
  authors: string[] // author keys, in byline order
  tags: string[] // tag slugs
  status: 'PUBLISHED' | 'DRAFT'
  daysAgo: number // publication age in days (0..60), distinct values so order is stable
  featured?: boolean
  hero: SeedHero
  body: string // Markdown subset
  correction?: string
}

export const sections: SeedSection[] = [
  { name: 'News', slug: 'news', description: 'Reports from the picket lines, council chambers, estates and streets where the fight for a fairer Britain is happening.' },
  { name: 'Analysis', slug: 'analysis', description: 'In-depth pieces that dig beneath the headlines to explain the economics and politics shaping working-class lives.' },
  { name: 'Opinion', slug: 'opinion', description: 'Arguments, polemics and personal testimony from our writers and from activists across the movement.' },
  { name: 'Reviews', slug: 'reviews', description: 'Critical writing on the books, films and theatre that matter to the left.' },
]

export const tags: SeedTag[] = [
  { name: 'Housing', slug: 'housing', description: 'Council homes, private renting, regeneration schemes and the tenants organising against them.' },
  { name: 'Strikes', slug: 'strikes', description: 'Coverage of industrial action, ballots and picket lines across the country.' },
  { name: 'NHS', slug: 'nhs', description: 'The fight to defend a public health service from cuts, outsourcing and creeping privatisation.' },
  { name: 'Climate', slug: 'climate', description: 'The climate crisis and the movements demanding a just transition for workers and communities.' },
  { name: 'Palestine', slug: 'palestine', description: 'Solidarity with the Palestinian people and the campaign against Britain\'s complicity in their oppression.' },
  { name: 'Trade unions', slug: 'trade-unions', description: 'News and debate from the organised labour movement, from workplace reps to national conferences.' },
  { name: 'Cost of living', slug: 'cost-of-living', description: 'Wages, prices, bills and the squeeze on working-class household budgets.' },
  { name: 'Migration', slug: 'migration', description: 'Borders, asylum and the politics of scapegoating, reported from the side of migrants and refugees.' },
  { name: 'Local government', slug: 'local-government', description: 'Council budgets, cuts and the decisions made in town halls that shape everyday life.' },
  { name: 'Culture', slug: 'culture', description: 'Film, theatre, music and the arts seen through a socialist lens.' },
  { name: 'Books', slug: 'books', description: 'Reviews of new and classic books on history, politics and radical ideas.' },
  { name: 'Anti-racism', slug: 'anti-racism', description: 'Confronting racism and the far right in our workplaces, communities and institutions.' },
  { name: 'Privatisation', slug: 'privatisation', description: 'How outsourcing and sell-offs move public wealth into private hands, and the campaigns to take it back.' },
  { name: 'Energy', slug: 'energy', description: 'Energy bills, the power industry and the case for public ownership of the grid.' },
]

export const authors: SeedAuthor[] = [
  {
    key: 'ruth',
    name: 'Ruth Calloway',
    slug: 'ruth-calloway',
    bio: 'Ruth Calloway is Broadside\'s managing editor. She spent fifteen years as a further education lecturer and union rep before joining the paper, and writes on economics, energy and the climate movement.',
    staffEmail: 'admin@broadside.test',
  },
  {
    key: 'dev',
    name: 'Dev Lakhani',
    slug: 'dev-lakhani',
    bio: 'Dev Lakhani is Broadside\'s news editor. A former bus driver and trades council secretary, he covers strikes, the labour movement and the politics of public services.',
    staffEmail: 'editor@broadside.test',
  },
  {
    key: 'maya',
    name: 'Maya Brennan',
    slug: 'maya-brennan',
    bio: 'Maya Brennan is a staff reporter covering housing, local government and anti-racist campaigns. Before joining Broadside she worked for a tenants\' advice service in south London.',
    staffEmail: 'writer@broadside.test',
  },
  {
    key: 'tomasz',
    name: 'Tomasz Wierzbicki',
    slug: 'tomasz-wierzbicki',
    bio: 'Tomasz Wierzbicki writes about books, film and theatre for Broadside. He teaches English at a sixth-form college in the Midlands and is active in his local trades council.',
    staffEmail: 'contributor@broadside.test',
  },
  {
    key: 'kwame',
    name: 'Kwame Asante-Dunn',
    slug: 'kwame-asante-dunn',
    bio: 'Kwame Asante-Dunn is a housing researcher and a founder of the Lowmarsh Tenants\' Union. His writing on council housing and regeneration has appeared in a range of community and left publications.',
  },
  {
    key: 'aisha',
    name: 'Aisha Mahmood',
    slug: 'aisha-mahmood',
    bio: 'Aisha Mahmood is a ward nurse at a large hospital in the north of England and a union workplace representative. She writes for Broadside in a personal capacity.',
  },
]

export const articles: SeedArticle[] = [
  // ───────────────────────────── News ─────────────────────────────
  {
    slug: 'kellingford-bus-drivers-walk-out-as-northline-refuses-to-reopen-pay-talks',
    headline: 'Kellingford bus drivers walk out as Northline refuses to reopen pay talks',
    standfirst: 'More than 600 drivers struck on Monday, the first of twelve planned days of action, after the operator posted record profits while offering a below-inflation rise.',
    section: 'news',
    authors: ['dev'],
    tags: ['strikes', 'trade-unions', 'cost-of-living'],
    status: 'PUBLISHED',
    daysAgo: 1,
    hero: {
      hue: 12,
      motif: 'bars',
      alt: 'Illustration: bold vertical bands of red and burnt orange, like a row of empty bus shelters lit by a low winter sun',
      caption: 'Drivers picketed all three Northline depots on the first day of the strike.',
      credit: 'Sam Oduya',
      source: 'Flickr',
      licenceId: 'cc-by-nc-2.0',
    },
    body: `Buses stayed in their depots across Kellingford on Monday morning as more than 600 drivers began the first of twelve days of strike action, the biggest walkout on the city's network in three decades.

Picket lines formed before dawn at all three Northline depots, at Carr Lane, Holbeck Road and the main garage at Eastfield, with drivers saying the mood was more determined than at any point since the dispute began in the spring.

The strike follows a ballot in which 91 per cent of those voting backed action, on a turnout of 78 per cent, comfortably clearing the legal thresholds. Northline, which runs around four in five bus services in the city, has offered a 3.5 per cent rise. Drivers are asking for 9 per cent, plus the restoration of paid meal breaks that were cut in 2021.

## "We kept the city moving"

At Carr Lane, where around forty drivers and supporters gathered around a brazier in the half-light, branch secretary Leanne Marsh said the company had badly misjudged its workforce.

> "We drove through the pandemic. We kept the hospitals staffed and the shops open. Now we're told there's no money, while the company posts the best results in its history. Nobody here believes that, and nobody here is going back for 3.5 per cent."

Northline's most recent accounts, filed in the summer, show an operating profit of £18.2 million on the group's Kellingford operation, up from £11.7 million two years earlier. The company paid £9 million in dividends to its parent, a holding company registered in Jersey.

Drivers point out that the starting rate for a new recruit is £12.40 an hour, barely above the legal minimum, and that many rely on overtime simply to make ends meet. One driver with eleven years' service, who asked not to be named, told Broadside he had taken a second job stacking shelves at weekends.

"I'm 54. I shouldn't be doing two jobs to pay the gas bill," he said. "My lad asked me the other week if I'd ever stop working. I didn't have an answer for him."

## What the drivers are asking for

The union's claim, submitted in March, sets out four demands:

- a 9 per cent increase on all basic rates, backdated to April
- restoration of paid meal breaks on any shift longer than six hours
- an end to split shifts of more than thirteen hours from start to finish
- proper rest facilities, including toilets, at every terminus in the city

Northline says the claim is "unaffordable" and that it has "made a fair offer in difficult circumstances". In a statement, a spokesperson said the company regretted "the disruption caused to passengers by the union's decision" and urged drivers to "return to the negotiating table". The union says it has been asking for precisely that since June, and that the company has refused to meet at all since its offer was rejected.

## Public money, private profit

The dispute has sharpened a long-running argument in the city about who controls its buses. Kellingford City Council and the regional transport authority paid Northline more than £6 million last year in subsidies for unprofitable routes and concessionary fares, according to figures published in the authority's [annual transport statement](https://www.example.org/kellingford-transport/annual-statement).

Campaigners from Better Buses Kellingford, who joined the picket at Eastfield, argued that public money was effectively underwriting shareholder returns. "We pay for the routes, we pay for the passes, and they take the profit," said the group's coordinator, Farid Haque. "Franchising would let the city set the fares, set the routes and set decent standards for the people who drive them."

The regional authority is due to decide this winter whether to press ahead with a franchising scheme. A consultation closed in September with, campaigners say, overwhelming public support. Our [earlier coverage of the consultation](/tag/privatisation) sets out the background.

## Support on the picket lines

By mid-morning the Carr Lane picket had been joined by nurses from Kellingford General, a delegation from the city's trades council, and students who had organised a collection at the university. Several passing motorists sounded their horns in support, and a handful of passengers waiting at an empty stop on Holbeck Road told Broadside they backed the drivers despite the disruption to their own journeys.

"My daughter's a carer, she's on the same money as them," said one woman, who was walking the three miles to her job at a city-centre bakery. "If they win, maybe it helps everyone else get something too."

The trades council has set up a hardship fund for strikers and says it raised more than £4,000 in the first forty-eight hours. Details of how to donate are on the [trades council website](https://www.example.org/kellingford-trades-council/hardship-fund).

Further strike days are scheduled across the next four weeks, including the Saturday before Christmas, traditionally one of the busiest days of the year for city-centre traders. The union says it will suspend action immediately if Northline agrees to return to talks with a substantially improved offer. Northline had not responded to that proposal by the time of publication.`,
  },
  {
    slug: 'lowmarsh-tenants-force-council-u-turn-on-estate-sell-off-and-win-a-rent-freeze',
    headline: 'Lowmarsh tenants force council U-turn on estate sell-off and win a rent freeze',
    standfirst: 'After six weeks of occupations, packed meetings and a petition signed by thousands, residents of the Marlowe estate have stopped the transfer of 400 council homes to a private developer.',
    section: 'news',
    authors: ['maya', 'kwame'],
    tags: ['housing', 'local-government', 'privatisation'],
    status: 'PUBLISHED',
    daysAgo: 3,
    featured: true,
    hero: {
      hue: 145,
      motif: 'grid',
      alt: 'Illustration: a deep green grid of lit windows across a tower block facade, a handful of squares glowing brighter than the rest',
      caption: 'The Marlowe estate\'s seven blocks will now be refurbished rather than demolished.',
      credit: 'Jo Petrakis',
      source: 'Broadside',
      licenceId: 'permission',
    },
    body: `Residents of the Marlowe estate in Lowmarsh are celebrating after the borough council abandoned plans to transfer more than 400 council homes to a private developer, and agreed to freeze rents for every council tenant in the borough next year.

The decision, announced at a cabinet meeting on Tuesday evening, came after six weeks of sustained campaigning that included a 48-hour occupation of the council's housing office, two packed public meetings and a petition signed by more than 7,000 people.

"We were told this was a done deal," said Denise Okafor, who has lived on the estate for twenty-six years and chairs the Marlowe Tenants' and Residents' Association. "We were told the money wasn't there, the blocks were past saving and we should be grateful for shiny new flats. We didn't accept that, and tonight they've had to listen."

## The plan that fell apart

Under the proposal first published in September, Lowmarsh Borough Council would have handed the estate's seven blocks to a joint venture with Castlegate Homes, a private developer. Castlegate would have demolished four of the blocks and built around 1,100 new homes on the site, of which just 180 would have been let at social rent.

Council officers argued that the estate needed £38 million of repairs the authority could not afford, and that the partnership was the only realistic way of improving conditions. Residents disputed both claims. An independent survey commissioned by the tenants' association, and paid for through a crowdfunder, concluded that the blocks were structurally sound and could be refurbished for less than half the cost of demolition and rebuilding. The survey is [available in full on the association's website](https://www.example.org/marlowe-tra/independent-survey).

> "Demolition was never about the condition of the buildings. It was about the value of the land underneath them. Once people saw the numbers, the council's case collapsed."
> — Tariq Bello, Lowmarsh Tenants' Union

Castlegate's own viability report, obtained by residents through a freedom of information request, projected a profit margin of 17.5 per cent on the scheme. Meanwhile, secure tenants who wanted to return to the new blocks would have been offered tenancies on higher rents and with weaker rights.

## How the campaign was won

Campaigners say three things made the difference:

1. **Door-knocking, not just social media.** Volunteers knocked on every one of the estate's 412 doors at least three times, with interpreters for residents who speak Somali, Turkish, Polish and Bengali.
2. **A credible alternative.** Rather than simply opposing demolition, residents produced their own costed refurbishment plan, built on the findings of the independent survey.
3. **Pressure where it hurt.** The occupation of the housing office, and a lobby of full council that saw the public gallery overflow into the street, made the issue impossible for councillors to ignore.

Several backbench councillors from the ruling group broke ranks in the final fortnight, with four signing an open letter calling for the transfer to be paused. On Tuesday, the council's cabinet member for housing, Graham Pettifer, said the authority had "heard the strength of feeling" and would now "work with residents on a refurbishment-led approach".

### The rent freeze

The rent freeze, which covers all 11,000 council tenants in the borough rather than just those on the Marlowe estate, was a late addition to the package. It follows a separate campaign by the Lowmarsh Tenants' Union, which had argued that a proposed 7 per cent increase would push hundreds of households into arrears. The council says it will fund the freeze from reserves and by postponing a planned move to new offices.

Housing campaigners across London say the outcome will be closely watched. Several other boroughs are pursuing similar joint-venture schemes, and residents from at least three estates elsewhere have already contacted the Marlowe association to ask how they did it.

---

## What happens next

Residents are clear that the fight is not over. The council's statement commits it to a refurbishment programme but sets no timetable, and the tenants' association wants a binding agreement that includes a residents' ballot on any future plans for the estate. A meeting to discuss next steps has been called for next Thursday at the Marlowe community centre.

There is also the question of the repairs backlog that gave the council its argument in the first place. Damp and mould complaints on the estate have risen sharply over the past three winters, and several families in the tallest block say they have waited more than a year for windows to be replaced.

"Winning the vote is one thing," said Okafor. "Getting the damp fixed in Mrs Adeyemi's flat on the fourth floor is another. We'll be watching every penny, and every promise."

For more on the background to the dispute, see [our housing coverage](/tag/housing) and our reports on [council budgets under pressure](/tag/local-government).`,
  },
  {
    slug: 'thousands-march-in-redbeck-for-palestine-as-council-weighs-pension-divestment',
    headline: 'Thousands march in Redbeck for Palestine as council weighs pension divestment',
    standfirst: 'Organisers estimate 5,000 people joined Saturday\'s march, the town\'s largest demonstration in a generation, as councillors prepare to vote on the pension fund\'s holdings in arms companies.',
    section: 'news',
    authors: ['dev'],
    tags: ['palestine', 'local-government', 'anti-racism'],
    status: 'PUBLISHED',
    daysAgo: 6,
    hero: {
      hue: 350,
      motif: 'waves',
      alt: 'Illustration: overlapping crimson, green and black waves rolling across the frame like a crowd moving beneath banners',
      caption: 'Saturday\'s march set off from Redbeck railway station shortly after midday.',
      credit: 'Imran Sheikh',
      source: 'Wikimedia Commons',
      licenceId: 'cc-by-sa-4.0',
    },
    body: `Thousands of people marched through the centre of Redbeck on Saturday in solidarity with Palestine, in what organisers described as the largest demonstration the town has seen in a generation.

The Redbeck Palestine Solidarity Campaign estimated that 5,000 people took part, a figure broadly in line with counts made by volunteers at the route's narrowest point on Market Street. The march set off from the railway station shortly after midday and ended with a rally on the steps of the town hall, where councillors will next week debate a motion calling on the local government pension fund to sell its holdings in companies that supply weapons to Israel.

Families with pushchairs marched alongside pensioners, students and delegations from several union branches, including teachers, health workers and the town's refuse collectors. Homemade placards listing the names of children killed in Gaza were carried at the front of the march.

## A motion on the pension fund

The motion, tabled by three councillors from different groups, notes that the Redbeck and District Pension Fund holds an estimated £42 million in shares and bonds issued by arms manufacturers. It asks the fund's committee to draw up a plan for divestment within twelve months and to publish its full list of holdings every quarter.

Campaigners say the figure was pieced together from the fund's annual report and from freedom of information requests, and they have published their [full methodology online](https://www.example.org/redbeck-psc/pension-fund-research). The fund itself has not disputed the total, but says its committee has a legal duty to act in the financial interests of members.

Councillor Ruth Ashby, one of the motion's sponsors, told the rally that the duty argument did not stand up.

> "This fund has divested from tobacco. It has divested from thermal coal. It has done so because its members asked it to and because it was the right thing to do. Nobody in this square is asking for anything unusual. We are asking that the pensions of Redbeck's care workers, cleaners and teachers are not invested in the destruction of other people's homes."

The council's pension committee chair, Councillor Dennis Moyle, said in a statement that the fund "keeps all its investments under review" and that it would "consider any motion passed by full council carefully and in line with its fiduciary duties". Campaigners point to [guidance published by a coalition of pension scheme members](https://www.example.com/fair-pensions/divestment-guide) which argues that funds have considerably more room to take ethical decisions than they often admit.

## "Our fight is against all racism"

Speakers at the rally included a Palestinian-born pharmacist who has lived in Redbeck for thirty years, the imam of the town's central mosque, a member of a local Jewish peace group, a retired GP and the secretary of the trades council.

Several emphasised that the movement was opposed to every form of racism. Sarah Lindqvist, of the Jewish peace group, told the crowd that she had been "marching with my Muslim and Palestinian neighbours every week since the autumn, and I have never once felt anything but welcome".

"The people who want to divide us say this is about hatred," she said. "Look around you. This is about love for people we will never meet, and anger at what is being done to them in our name."

Redbeck has seen a rise in reported hate incidents over the past year, according to figures presented to the council's community safety board. Local groups have organised a series of joint events at the mosque, the synagogue and the town's two largest churches, and a joint statement condemning both Islamophobia and antisemitism was read out from the platform.

## Heavy police presence, no arrests

Police had warned in advance of a possible counter-protest, but only a handful of people gathered near the war memorial and they left before the march arrived. Officers lined much of the route, and a police helicopter circled the town centre for most of the afternoon. A police spokesperson confirmed that no arrests had been made and thanked organisers for their cooperation.

Stewards, wearing high-visibility vests donated by the trades council, were praised by several local shopkeepers. "They were polite, they picked up every bit of litter, and half of them bought a coffee on the way past," said the owner of a café on Market Street.

## The vote

The full council meeting takes place next Thursday evening. Campaigners are calling for a lobby outside the town hall from 6pm and have asked supporters to email their ward councillors before then. A template letter and a list of councillors' contact details are available on the [campaign's website](https://www.example.org/redbeck-psc/lobby).

Organisers say that whatever the outcome, the weekly vigils that have taken place outside the town hall every Friday since last autumn will continue. Background on the national campaign for divestment can be found in [our Palestine coverage](/tag/palestine).`,
  },
  {
    slug: 'kellingford-general-cleaners-and-porters-vote-to-strike-over-outsourcing',
    headline: 'Kellingford General cleaners and porters vote to strike over outsourcing',
    standfirst: 'Staff employed by private contractor Corvane Facilities say they do the same work as NHS colleagues for worse pay and no proper sick pay, and want to be brought back in-house.',
    section: 'news',
    authors: ['maya'],
    tags: ['nhs', 'privatisation', 'strikes'],
    status: 'PUBLISHED',
    daysAgo: 9,
    correction: 'An earlier version of this article said Corvane\'s contract was worth £14 million a year; the correct figure is £11.4 million.',
    hero: {
      hue: 200,
      motif: 'diagonal',
      alt: 'Illustration: pale blue diagonal stripes crossing a clean white field, suggesting a freshly mopped hospital corridor',
      caption: 'Cleaners, porters and catering staff at Kellingford General have been employed by a private contractor since 2014.',
      credit: 'Ellie Marchant',
      source: 'Flickr',
      licenceId: 'cc-by-nc-2.0',
    },
    body: `Cleaners, porters and catering staff at Kellingford General Hospital have voted overwhelmingly to strike, in a dispute that campaigners say goes to the heart of how the NHS treats its lowest-paid workers.

Around 340 staff employed by Corvane Facilities, the private firm that has held the hospital's "soft services" contract since 2014, were balloted over pay, sick pay and holiday entitlement. Of those who voted, 88 per cent backed strike action, on a turnout of 71 per cent. The first walkout is expected within a fortnight unless the hospital trust intervenes.

## Same hospital, different rules

The workers' central demand is simple: to be employed directly by the NHS on the same terms as the nurses, healthcare assistants and administrators they work alongside every day.

At present, a Corvane cleaner on the hospital's wards earns £12.21 an hour. A cleaner employed directly by the trust on the NHS pay scale would earn around £1 an hour more, and would also be entitled to occupational sick pay, more generous annual leave and unsocial hours payments for night and weekend work. Corvane staff receive only statutory sick pay, and then only from the fourth day of absence.

Grace Mensah, a domestic on the hospital's respiratory ward, said the difference had been brought home during the pandemic.

> "We were cleaning the Covid wards. We were the ones going into side rooms nobody else wanted to go into. When some of us got ill, the nurses got paid and we didn't. We were told that was just how the contract worked. Well, we want a different contract. We want the NHS one."

Porters describe a similar picture. Several told Broadside that staffing levels on night shifts had fallen so far that a single porter can be responsible for moving patients across three floors, leaving patients waiting on trolleys for transfers to scans and wards.

## The contract

Corvane's contract with Kellingford General Hospitals NHS Trust is worth £11.4 million a year and is due for renewal next spring. Board papers published in the summer show that the trust is considering three options:

- re-tendering the contract to the market, with Corvane and at least two competitors expected to bid
- extending the existing contract for a further two years while a longer review takes place
- bringing the services back in-house, either directly or through a wholly owned subsidiary

The papers, available on the [trust's website](https://www.example.org/kellingford-general/board-papers), note that bringing the service in-house would cost an estimated £1.3 million more each year in staff costs, but would save on Corvane's management fee and profit margin. Campaigners say the true difference would be smaller still once the cost of high staff turnover under the contract is taken into account.

Wholly owned subsidiaries, the third variant of the in-house option, have been controversial across the NHS. Unions argue they are a form of privatisation by the back door, because staff transferred to them can be employed on terms outside the national NHS agreement.

## What the company says

A Corvane spokesperson said the company was "disappointed" by the ballot result and that its staff were "valued members of the hospital team". The company said its pay rates were "in line with the market for facilities services" and that it had "recently improved" its holiday offer. It declined to comment on the trust's review of the contract.

The trust said it "respects the right of staff to take industrial action" and was "working closely with Corvane to ensure that patient care is not affected". It said no decision about the future of the contract had yet been taken.

## A wider pattern

The Kellingford dispute is the latest in a series of similar campaigns at hospitals across England. At least a dozen trusts have brought cleaning and portering services back in-house in recent years after strikes or threatened strikes by outsourced staff, according to a [tracker kept by a health campaign group](https://www.example.com/keep-our-nhs-public/insourcing-tracker).

Jo Rafferty, a nurse at Kellingford General and a member of the hospital's joint union committee, said clinical staff would be on the picket lines in support. "Infection control doesn't happen without cleaners," she said. "Patient flow doesn't happen without porters. These people are the NHS, whatever it says on their payslip."

A public meeting in support of the strike will take place at the Eastfield Community Hall next Wednesday. Read more of our reporting on [outsourcing in the health service](/tag/nhs).`,
  },
  // ───────────────────────────── Analysis ─────────────────────────────
  {
    slug: 'wholesale-gas-prices-fell-so-why-are-your-energy-bills-still-so-high',
    headline: 'Wholesale gas prices fell. So why are your energy bills still so high?',
    standfirst: 'Network charges, unpaid debt and a price cap built around supplier profits are keeping bills painfully high, and the answer lies in public ownership, argues Ruth Calloway.',
    section: 'analysis',
    authors: ['ruth'],
    tags: ['energy', 'cost-of-living', 'privatisation'],
    status: 'PUBLISHED',
    daysAgo: 4,
    hero: {
      hue: 40,
      motif: 'circles',
      alt: 'Illustration: concentric amber and gold circles radiating from a dark centre, like the burner ring of a gas hob seen from above',
      caption: 'Millions of households are still paying far more for energy than they did before the price shock.',
      credit: 'Priya Nandakumar',
      source: 'Unsplash',
      licenceId: 'cc0',
    },
    body: `Ask almost anyone what happened to energy bills over the last few years and you will get a version of the same story. War and a global scramble for gas sent wholesale prices through the roof, bills followed, and the government stepped in with support until things calmed down.

That story is true as far as it goes. But it leaves out the more awkward part. Wholesale prices have fallen a long way from their peak, yet the typical household is still paying far more than it did before the crisis, and millions are in arrears. To understand why, you have to look at what actually goes into a bill, and who gets paid along the way.

## What you are really paying for

The regulator's price cap is not a single number but a formula, built from a series of "allowances" that suppliers are permitted to recover from customers. Strip it down and a typical dual-fuel bill is made up of roughly these parts:

1. **Wholesale energy**, the cost of the gas and electricity itself, which is still the largest single element but a smaller share than at the height of the crisis.
2. **Network costs**, paid to the companies that own the pipes and wires, which have risen steadily and now make up a substantial slice of every bill.
3. **Policy costs**, which fund schemes such as support for renewable generation and insulation programmes.
4. **Operating costs**, covering suppliers' call centres, billing systems and metering.
5. **A debt allowance**, added to cover the growing mountain of bills households simply cannot pay.
6. **The supplier's margin**, a guaranteed profit built into the cap itself.
7. **VAT**, charged at 5 per cent on domestic energy.

Each of these has a story behind it, and most of them lead back to the same place: a system designed in the 1980s and 1990s to turn a public service into a set of profitable markets.

## The pipes and wires

Consider the networks first. Britain's gas pipes and electricity cables are natural monopolies. There is only one set in any given street, and there is no meaningful competition between them. They were sold off during privatisation and are now owned largely by overseas investment funds and infrastructure groups.

Because they are monopolies, their revenues are set by the regulator in multi-year price controls. Those controls have repeatedly allowed the companies a generous return on their assets, and the owners have paid out billions in dividends over the past decade. Independent researchers have estimated that the network companies' returns have run well above what would be needed to attract investment, as detailed in [a briefing from a public ownership think tank](https://www.example.org/common-wealth-energy/network-returns).

> Every household in the country is, in effect, paying a private toll to use infrastructure that was built with public money and would cost far less to run in public hands.

## Debt as a business model

Then there is debt. As bills rose, arrears ballooned. Rather than writing off debt at the expense of suppliers or the Treasury, the regulator added an allowance to the price cap, so that customers who can pay now cover part of the cost of those who cannot. It is a grimly neat illustration of how the system works: the risk is socialised, while the profit remains private.

At the same time, standing charges, the fixed daily fee households pay regardless of how much energy they use, have climbed sharply. For low-income households who ration their heating, the standing charge can make up a large share of the total bill. A pensioner who switches the heating off entirely still pays hundreds of pounds a year simply to stay connected.

## Competition that never was

The justification for all this was always competition. Dozens of suppliers would fight for customers, driving down prices and driving up service. What actually happened was a wave of small suppliers entering the market with thin capital and risky pricing, followed by dozens of collapses when wholesale prices spiked. The cost of those failures was passed back to customers through their bills, according to the [National Audit Office's account of the supplier failures](https://www.example.org/audit-office/supplier-failures).

Today the market is dominated once again by a small number of large companies. Many households are on the default tariff, and the cap has become, in practice, the price.

## What would be different

Public ownership is not a magic wand. Wholesale gas is traded internationally, and a publicly owned supplier would still have to buy it. But a great deal would change.

A publicly owned network would not need to pay dividends to overseas shareholders, and could borrow at the government's far lower rate to invest in the grid upgrades the energy transition needs. A public supplier could offer a social tariff based on need rather than on ability to switch. And a national programme of home insulation, delivered by a public body rather than through a patchwork of obligations on suppliers, could cut demand permanently.

Several European countries retain significant public ownership in energy, and their households were, on the whole, better shielded from the worst of the shock. The lesson is not that markets failed by accident. It is that a market was the wrong tool from the start.

Our [energy coverage](/tag/energy) tracks the campaign for public ownership, and our [cost of living reporting](/tag/cost-of-living) follows how families are coping with bills that have stayed high long after the headlines moved on.`,
  },
  {
    slug: 'the-housing-crisis-was-built-how-councils-were-made-to-sell-off-the-future',
    headline: 'The housing crisis was built: how councils were made to sell off the future',
    standfirst: 'Forty years of sell-offs, borrowing limits and developer-led regeneration did not happen by accident, and undoing them means putting councils back at the centre of housebuilding, argues Kwame Asante-Dunn.',
    section: 'analysis',
    authors: ['kwame'],
    tags: ['housing', 'local-government', 'privatisation'],
    status: 'PUBLISHED',
    daysAgo: 12,
    hero: {
      hue: 25,
      motif: 'grid',
      alt: 'Illustration: a terracotta grid of small squares with several blocks missing, like gaps in a terrace of houses',
      caption: 'Councils once built more than 100,000 homes a year; today they build a small fraction of that.',
      credit: 'Callum Reid',
      source: 'Broadside',
      licenceId: 'cc-by-4.0',
    },
    body: `Every few months a new report declares that Britain's housing crisis has reached a new low. Record numbers of children in temporary accommodation. Record waiting lists. Record rents. Each time, the crisis is described as though it were weather: something that simply happened to us.

It did not simply happen. The shortage of genuinely affordable homes is the product of decisions taken over four decades, by governments of different colours, which stripped councils of the homes they owned, the money to build more and the power to shape what was built around them. Understanding how that happened is the first step to reversing it.

## Selling the stock

For much of the twentieth century, councils were the country's biggest builders of homes. In the post-war decades they routinely built more than 100,000 a year, and at their peak considerably more. Council housing was not a last resort for the poorest. It was where millions of working-class families lived, often for life.

The introduction of the Right to Buy in 1980 changed that. Tenants were offered generous discounts to buy their homes, and around two million council homes in England have been sold under the scheme and its successors. Crucially, councils were for many years prevented from spending most of the receipts on building replacements. Homes left the public sector and were not replaced.

A substantial share of those homes are now owned by private landlords, let back to tenants at market rents, sometimes to households whose rent is paid by housing benefit. The public purse, in other words, sold the homes cheaply and now pays to rent them back.

## Starving the builders

The second strand was money. For decades councils faced strict limits on how much they could borrow to build, even when rents from the new homes would have repaid the debt. Housing was treated as a cost to be controlled rather than an asset to be grown.

Large-scale stock transfers, encouraged by successive governments, moved hundreds of thousands of homes out of council ownership entirely and into housing associations. Tenants were often promised that transfer was the only way to get repairs done, because the money would not be made available any other way. Many associations have since merged into very large organisations that behave increasingly like commercial developers.

The borrowing cap on council housing revenue accounts was finally lifted in 2018, and some councils have started building again. But years of cuts to planning and housing departments mean many no longer have the staff or expertise to run large programmes, and the cost of land has risen far faster than incomes.

> When a council cannot afford to build, it becomes a broker of its own land, and the price of every deal is fewer homes for the people who need them most.

## Regeneration as privatisation

That brings us to the third strand, and the one I have spent most of the last decade fighting in Lowmarsh. Unable to fund repairs or new homes directly, councils have turned to joint ventures and development partnerships with private firms. The model is familiar: demolish an estate, rebuild at much higher density, sell most of the new homes at market prices and use the profit to fund a smaller number of social homes.

The problem is that the developer's profit comes first. Through so-called viability assessments, developers routinely argue that the share of affordable homes must be cut to keep the scheme profitable. Research by [a network of London housing campaigners](https://www.example.org/just-space/estate-regeneration) found that estate regeneration schemes have, in many cases, led to a net loss of social-rented homes, even as the total number of homes on the site went up.

As residents of the Marlowe estate recently showed in [their successful campaign against demolition](/tag/housing), these schemes can be beaten. But beating them one estate at a time is exhausting, and the underlying pressures remain.

## What a real programme would look like

If the crisis was built by policy, it can be unbuilt by policy. At a minimum, that means:

- ending the Right to Buy in England, as has already happened in Scotland and Wales
- a long-term, funded programme of council housebuilding on a scale not seen since the 1970s
- reform of compulsory purchase so councils can buy land at close to its existing use value, rather than at prices inflated by the hope of planning permission
- a ballot of residents before any estate demolition, with real alternatives on the table
- rent controls and secure tenancies for the private rented sector, where millions of families now live long-term

None of this is utopian. Every item on the list has been done before, here or elsewhere. What has been missing is not know-how but political will, and political will is shaped by pressure. The tenants' unions, renters' groups and estate campaigns that have sprung up across the country in recent years are that pressure. They deserve the backing of the whole labour movement.

Further reading on council finances is available in [our local government coverage](/tag/local-government).`,
  },
  {
    slug: 'strike-wave-or-slow-burn-what-the-numbers-say-about-workers-confidence',
    headline: 'Strike wave or slow burn? What the numbers say about workers\' confidence',
    standfirst: 'Strike days are down from their recent peak, but disputes are spreading into new workplaces and being won more often, which may matter more for the movement\'s future.',
    section: 'analysis',
    authors: ['dev', 'ruth'],
    tags: ['strikes', 'trade-unions'],
    status: 'PUBLISHED',
    daysAgo: 27,
    hero: {
      hue: 0,
      motif: 'bars',
      alt: 'Illustration: red bars of uneven height rising from left to right, like a chart hand-drawn in poster paint',
      caption: 'Disputes are becoming smaller but more numerous, according to Broadside\'s strike tracker.',
      credit: 'Broadside design desk',
      source: 'Broadside',
      licenceId: 'permission',
    },
    body: `When the great wave of national strikes in rail, post, health and education began to subside, some commentators were quick to declare that the moment had passed. Strike days were falling, headline disputes were being settled, and the picket lines outside stations and hospitals were thinning out.

The official figures on days lost to industrial action, published monthly in the [labour disputes series](https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/workplacedisputesandworkingconditions), do show a fall from the peak. But those figures measure one thing: the total number of days not worked because of strikes. They say little about how many workplaces are in dispute, who is striking, or whether they are winning. To get at those questions, Broadside has spent the past eighteen months keeping its own tracker of disputes reported in the local and trade union press.

## What the tracker shows

Our tracker is not a scientific survey, and we would not claim it catches every dispute. But it captures a pattern that anyone who spends time on picket lines will recognise. Three trends stand out.

1. **More disputes, smaller in size.** The number of separate disputes we recorded in the last six months was higher than in the same period a year earlier, even though the number of strike days was lower. Big national stoppages have given way to a larger number of local fights.
2. **New sectors.** A growing share of disputes are in sectors with little recent history of strikes: outsourced hospital staff, care homes, warehouses, private bus operators and universities' subsidiary companies.
3. **More wins.** Where we could establish an outcome, a clear majority of local disputes ended with workers winning an improved offer, often after only one or two days of action, or after a ballot result alone.

### Why smaller can be stronger

It is tempting to read a shift from national to local action as a retreat. Sometimes it is. But local disputes also have strengths that national ones often lack.

They are usually led by workplace reps rather than full-time officials, and they depend on the active involvement of members in a way that a national ballot does not. Workers who have organised a strike in their own depot or ward, and won, tend to stay organised. Many of the disputes we tracked involved workers who had never been on strike before.

> "The first strike is the hardest. After that, people know what they're capable of, and so does the boss."
> — A warehouse rep in the East Midlands, speaking to Broadside

### The role of the cost of living

The other driver is obvious. Real wages for many workers are still below where they were more than fifteen years ago, and the price shock of recent years ate away at whatever gains had been made. In workplaces where employers are visibly profitable, such as the private bus operators now facing [walkouts in Kellingford](/tag/strikes) and elsewhere, that gap between pay and profits is a powerful organiser.

## The limits

None of this means the movement is in rude health. Union density in the private sector remains low, and in many workplaces there is no union presence at all. The legal thresholds for strike ballots remain a major obstacle, particularly in workplaces with high turnover and scattered shift patterns where reaching members by post is difficult.

There are also signs of fatigue in parts of the public sector, where long national disputes ended in settlements that many members regarded as disappointing. In some branches, activists report that it has been harder to rebuild attendance at meetings since.

And the absence of a co-ordinated political response is striking. Local wins are real, but they are won one workplace at a time, without the kind of generalised movement that could shift the terms for everyone.

## What the movement needs

If the analysis above is right, then the priorities for activists are fairly clear:

- **Build in the new sectors.** The disputes in outsourced, private and precarious workplaces are where the most rapid growth is happening. They need resources, training and solidarity.
- **Spread the lessons.** Workers who have won local disputes should be meeting those who are just starting out. Trades councils can play a central role here.
- **Connect the fights.** A network of local victories could become the basis for wider co-ordinated action, especially over pay in sectors where employers set rates nationally.

## A slow burn can still catch light

The history of the labour movement is full of periods where the numbers looked modest and the real change was happening below the surface. The wave of organising among unskilled workers at the end of the nineteenth century was preceded by years of small, scattered disputes. The same was true of the unrest before the First World War.

Nobody can say whether the current pattern will build into something bigger. But the raw material is there: workers who have learned that striking works, in workplaces where that lesson had been forgotten. That is worth more than any single month's figures.

We will continue to publish updates from our tracker. If you know of a dispute we have missed, [tell us about it](https://www.example.org/broadside/strike-tracker).`,
  },
  {
    slug: 'who-profits-from-the-migration-panic-following-the-money-behind-the-border',
    headline: 'Who profits from the migration panic? Following the money behind the border',
    standfirst: 'While politicians compete to sound tough on asylum, private contractors are making record profits from a system designed to fail, argues Maya Brennan.',
    section: 'analysis',
    authors: ['maya'],
    tags: ['migration', 'anti-racism', 'privatisation'],
    status: 'DRAFT',
    daysAgo: 0,
    hero: {
      hue: 270,
      motif: 'diagonal',
      alt: 'Illustration: violet diagonal lines converging towards a narrow gap, like a long fence seen from one end',
      caption: 'Asylum accommodation is provided almost entirely by private contractors under long-term government deals.',
      credit: 'Tomas Herrera',
      source: 'Flickr',
      licenceId: 'cc-by-sa-2.0',
    },
    body: `Turn on the news on almost any evening and you will hear a politician promising to be tougher on migration. Numbers must come down. Borders must be secured. Hotels must be closed. The language has become so familiar that it is easy to forget how recent some of it is, and how little of it is ever tested against the facts.

There is one question that rarely gets asked in these debates. Who actually makes money from the asylum system as it is currently run? The answer says a great deal about why the system works the way it does, and why the politics of panic suits some people very well.

## A system run by contractors

Almost every part of the asylum system that an asylum seeker encounters after arrival is delivered by a private company. Accommodation, whether in hotels, shared houses or former military sites, is provided through large regional contracts held by a small number of firms. Transport, detention centres and removal flights are all contracted out too.

These contracts have grown enormously in value over recent years, largely because of the backlog of claims waiting to be decided. Every month a claim goes undecided is another month of accommodation that must be paid for. A slow decision-making process, in other words, is extremely profitable for those providing the beds.

Public spending watchdogs have repeatedly criticised the way the contracts are managed, including weak oversight of standards and the difficulty of recovering excess profits. Reports by [parliamentary committees and auditors](https://www.example.org/public-accounts/asylum-accommodation) have highlighted cases where contractors' profit margins exceeded agreed limits, while residents endured damp, overcrowding and poor food.

## Hotels as a political weapon

The use of hotels is a telling example. Hotels are expensive, often unsuitable, and have become a focus for protests, some of them organised by the far right. Politicians of all stripes promise to close them.

Yet hotels became necessary largely because the backlog was allowed to grow. Caseworkers were cut, processing slowed, and people who would in many cases eventually be granted refugee status were left waiting for years, banned from working and living on a tiny weekly allowance.

> The asylum seeker in the hotel is presented as the problem. The contractor who owns the contract to house him is rarely mentioned at all.

In towns like Brindley Cross, where a former business hotel has housed around 200 asylum seekers for two years, local anti-racist campaigners have organised welcome events, English classes and football matches. They have also had to mobilise repeatedly to outnumber small far-right protests outside the hotel. "The people inside didn't choose to be here," says Hamida Rahimi, a volunteer with the town's refugee welcome group. "They would rather be working, paying tax, renting their own flat. The system won't let them."

## Scapegoats and distractions

The wider function of the migration panic is political. When wages have stagnated for a decade and a half, when public services are stretched and housing is unaffordable, there is a powerful incentive for those in power to point at someone else. Migrants and refugees are an easy target precisely because they have so little power to answer back.

But the evidence does not support the idea that migrants are the cause of these problems. Migrant workers staff hospitals, care homes, farms and building sites, and economists have generally found little or no effect of migration on the wages of existing workers compared with factors such as the decline of union membership and the weakness of the minimum wage for much of the period. Housing shortages were built, as Kwame Asante-Dunn has argued on these pages, by decades of [policy choices about council homes](/tag/housing).

## What the left should say

The left has sometimes been nervous about migration, fearing that a principled case will be unpopular. But there is an argument to be made with confidence, and it begins with the money:

- take asylum accommodation back into public hands, run by councils with proper funding and standards
- clear the backlog by employing enough trained caseworkers to make fair decisions quickly
- give asylum seekers the right to work while their claims are considered
- open safe and legal routes, so that people are not forced into dangerous journeys

---

## The real dividing line

The real dividing line in our society is not between people who were born here and those who arrived more recently. It is between those who own and profit, and those who work and pay. The asylum contractors understand this perfectly well. It is time the rest of us did too.

Our [migration coverage](/tag/migration) follows the campaigns against detention and deportation, and the growing network of local welcome groups.`,
  },
  // ───────────────────────────── Opinion ─────────────────────────────
  {
    slug: 'the-nhs-is-not-failing-by-accident-it-is-being-run-down-on-purpose',
    headline: 'The NHS is not failing by accident. It is being run down on purpose',
    standfirst: 'Corridor care, agency shifts and staff leaving in droves are the predictable results of political choices, not signs that public healthcare cannot work, argues ward nurse Aisha Mahmood.',
    section: 'opinion',
    authors: ['aisha'],
    tags: ['nhs', 'privatisation', 'trade-unions'],
    status: 'PUBLISHED',
    daysAgo: 7,
    hero: {
      hue: 180,
      motif: 'waves',
      alt: 'Illustration: a thin teal line rising and falling across a dark field, like the trace on a heart monitor',
      caption: 'Nurses say corridor care has gone from a winter emergency measure to a year-round reality.',
      credit: 'Nadia Kowalczyk',
      source: 'Wikimedia Commons',
      licenceId: 'cc-by-4.0',
    },
    body: `Last Tuesday I started my shift at half past seven in the morning. By eight, I had six patients on my bay and two more on trolleys in the corridor outside, one of them an eighty-seven-year-old woman who had been waiting for a bed since the previous afternoon. She apologised to me for being a nuisance. I have been a nurse for fourteen years, and I still do not know what to say when that happens.

I am writing this because I am tired of hearing that the NHS is "broken", as though it were a boiler that had packed up of its own accord. The health service is not broken. It is being broken, slowly and deliberately, and those of us who work in it can see exactly how.

## The squeeze

For more than a decade, funding for the NHS grew far more slowly than it had in almost any previous period of its history, while the population aged and demand rose. Capital budgets, the money used to maintain buildings and buy equipment, were repeatedly raided to plug day-to-day gaps. Hospitals across the country now have leaking roofs, broken lifts and scanners that should have been replaced years ago.

Meanwhile, social care was cut to the bone. On my ward, on any given day, there are patients who are medically fit to go home but cannot leave because there is no care package or care home place for them. Every one of those patients is a bed that cannot be used by the person on the trolley in the corridor.

None of this is a secret. It is documented in detail in [reports from health think tanks](https://www.example.org/health-foundation/funding-decade) and in the hospital's own board papers. It is simply not treated as the scandal it is.

## Where the money goes instead

Here is the part that makes me angriest. While wards go short, money keeps flowing out of the NHS to private companies.

When permanent staff leave, we fill gaps with agency nurses, often at two or three times the cost. The agencies take a healthy cut. When waiting lists grow, the NHS pays private hospitals to carry out operations, and those hospitals rely on doctors and nurses trained by the NHS, often poaching them. Cleaning, portering and catering have been outsourced for years in many trusts, which is why cleaners at Kellingford General are now [balloting to be brought back in-house](/tag/nhs).

> Every pound that goes to an agency margin or a shareholder dividend is a pound not spent on a nurse, a bed or a scanner. That is not ideology. It is arithmetic.

And every time the public service struggles, the private sector is presented as the solution, even though it is often the private sector that is draining the resources the public service needs. It is a cycle, and it is turning faster.

## Why people are leaving

I have lost count of the colleagues who have left in the past three years. Some have gone to work in Australia or New Zealand, where the pay and the staffing are better. Some have gone to agencies, where they can choose their shifts. Some have left nursing altogether to work in supermarkets or call centres, because at least there nobody dies if you cannot be in two places at once.

The reasons are always the same: pay that has not kept up with prices, workloads that are impossible, and the moral injury of knowing you could not give your patients the care they deserved. Strikes in recent years were not about greed. They were about whether there would be anyone left to staff the wards.

## What we need

I am not a politician and I do not have a complete plan. But I know what would make a difference on my ward, and I have yet to meet a colleague who disagrees:

- proper funding for social care, so patients can leave hospital when they are ready
- safe staffing levels written into law, with enough nurses trained and paid to meet them
- an end to outsourcing, and a plan to bring contracted services back into the NHS
- investment in buildings and equipment, so we are not working around broken kit
- pay that reflects the skill and responsibility of the job

## This is a political fight

The most important thing I have learned as a union rep is that none of this will be handed to us. The decisions that have run down the NHS were political decisions, and they will only be reversed by political pressure. That means patients and staff standing together, in every town, at every hospital that faces cuts or closures.

If you have ever been looked after by a nurse, or a porter, or a cleaner, or a doctor who stayed two hours past the end of their shift, then this fight is yours too. Join your local health campaign. Come to the picket line when we need you. And the next time someone tells you the NHS is broken, ask them who broke it, and who profits from the wreckage.

Find your nearest local campaign through the [health campaigns network](https://www.example.com/health-campaigns-together/groups).`,
  },
  {
    slug: 'climate-action-needs-picket-lines-as-well-as-pledges',
    headline: 'Climate action needs picket lines as well as pledges',
    standfirst: 'The climate movement will only win if it stops treating workers in polluting industries as obstacles and starts organising with them for a just transition, argues Ruth Calloway.',
    section: 'opinion',
    authors: ['ruth'],
    tags: ['climate', 'trade-unions', 'energy'],
    status: 'PUBLISHED',
    daysAgo: 19,
    hero: {
      hue: 95,
      motif: 'waves',
      alt: 'Illustration: layered yellow-green waves sweeping across the frame, like wind moving through a field beneath a pale sky',
      caption: 'Refinery workers and climate campaigners have begun meeting to draw up a joint plan for the Fenwick Point site.',
      credit: 'Oren Adeyemi',
      source: 'Flickr',
      licenceId: 'cc-by-nc-sa-2.0',
    },
    body: `A few months ago I sat in a community hall on the edge of Fenwick Point, a town built around an oil refinery, and listened to two groups of people who had spent years talking past each other.

On one side of the room were refinery workers and their reps, many of them second or third generation at the site. On the other were members of a local climate group, mostly younger, several of them students. The refinery's owner had just announced that it would be "reviewing the future" of the plant. Everyone in the room knew what that meant.

What struck me was not the disagreement, though there was plenty of it. It was how quickly both sides realised they wanted the same thing: a future for the town that did not depend on the whims of a multinational oil company.

## The trap of pledges

For too long, the climate debate in this country has been conducted in the language of targets and pledges. Net zero by a certain year. A percentage cut by another. These targets matter, but they have a dangerous weakness. They say what should happen, but not who pays, who decides or who benefits.

In the absence of answers to those questions, the market provides its own. Companies close plants when it suits their balance sheets, not when it suits the climate. Workers are laid off with little notice and less support. New green industries, where they appear, are often non-union, lower paid and located somewhere else entirely. It is hardly surprising that many workers in high-carbon industries hear "transition" and think "redundancy".

> A transition that throws workers on the scrapheap is not just unjust. It is politically doomed, because it hands every opponent of climate action a ready-made army of people with good reason to be afraid.

## What a just transition means

The phrase "just transition" was developed within the trade union movement, and it is worth remembering what it originally meant. Not a vague promise of retraining, but a concrete guarantee: that workers in polluting industries would not bear the costs of decarbonisation, and that they would have a real say in shaping what came next.

Making that real requires things the market will not deliver on its own:

- guaranteed jobs on equivalent pay and conditions for workers in industries being wound down
- public investment in new industries located in the communities that lose the old ones
- union recognition and collective bargaining in the new green sectors from day one
- public ownership of key energy infrastructure, so that decisions are taken for social rather than private ends
- a real voice for workers and communities in planning the transition, not a token consultation

There are models to learn from. Workers at several sites around the world have drawn up detailed plans for converting their workplaces to socially useful production, an idea with deep roots in the British labour movement going back to the shop stewards' plans of the 1970s. A useful overview of these experiences is published by [a coalition of unions and climate groups](https://www.example.org/climate-jobs-alliance/workers-plans).

## Why the picket line matters

Here is the uncomfortable truth for parts of the climate movement. The single most powerful force for shaping how the transition happens is organised workers. They have knowledge no consultant can match, and they have the collective power to stop production, which no petition or march can match either.

When workers at a plant refuse to accept closure without guarantees, they are not obstructing climate action. They are fighting over its terms. Climate activists should be standing with them, and pushing alongside them for plans that protect jobs and cut emissions at the same time.

That also means showing up on picket lines that have nothing obviously to do with the climate. The bus drivers [on strike in Kellingford](/tag/strikes) are, whether they put it this way or not, defending public transport, one of the most important tools we have for cutting emissions. Nurses fighting for safe staffing are defending a public service that will bear the brunt of heatwaves and new diseases. Solidarity builds trust, and trust is what the transition will run on.

## Back in Fenwick Point

At the end of that meeting in the community hall, the two groups agreed to set up a joint committee to draw up an alternative plan for the refinery site. It will look at what could be made there, what skills already exist in the workforce, and what public investment would be needed.

It might fail. The company might close the site before the plan is finished. But the people in that room have already done something the politicians with their pledges have not: they have started to work out how a transition could actually be won, together. The rest of the movement should follow their lead. You can read more in [our climate coverage](/tag/climate).`,
  },
  {
    slug: 'anti-racism-cannot-be-outsourced-to-a-consultancy',
    headline: 'Anti-racism cannot be outsourced to a consultancy',
    standfirst: 'Kellingford council has paid a consultancy £240,000 for an equality plan while closing the community centre that anti-racist campaigners built, and that tells you everything, argues Maya Brennan.',
    section: 'opinion',
    authors: ['maya'],
    tags: ['anti-racism', 'migration', 'local-government'],
    status: 'PUBLISHED',
    daysAgo: 34,
    hero: {
      hue: 310,
      motif: 'circles',
      alt: 'Illustration: overlapping magenta and plum circles of different sizes interlocking at the centre of the frame',
      caption: 'The Westgate community centre has hosted youth clubs, advice sessions and anti-racist organising for more than forty years.',
      credit: 'Broadside design desk',
      source: 'Broadside',
      licenceId: 'permission',
    },
    body: `Two documents arrived in my inbox from Kellingford City Council in the same week last month. The first was a glossy, sixty-page "Inclusion and Belonging Strategy", produced by a management consultancy at a cost, according to the council's own spending data, of just under £240,000. The second was a budget paper proposing the closure of the Westgate community centre to save £180,000 a year.

If you want to understand what has gone wrong with the way many institutions approach racism, you could do worse than read those two documents side by side.

## A strategy without a centre

The strategy is not a bad document, as these things go. It contains a commitment to "embedding inclusion across all service areas", a set of "key performance indicators" on workforce diversity and a plan for mandatory training for all staff. It has photographs of smiling residents from different backgrounds. It uses the word "journey" eleven times.

What it does not contain is any mention of Westgate. For those who do not know the city, the centre sits at the heart of the most diverse ward in Kellingford. It was opened in the early 1980s after a long campaign by Black and Asian residents, many of them active in the struggles against racist attacks and police harassment at the time. It has hosted youth clubs, supplementary schools, welfare advice sessions, English classes for new arrivals, and the meetings at which local people organised to keep the far right off their streets.

> You cannot close the room where people organise against racism and then hire a consultant to tell you how inclusive you are.

## The problem with the consultancy model

I do not doubt that most of the people involved in producing the strategy mean well. The problem is structural. The consultancy model treats racism primarily as a matter of attitudes and behaviour inside an organisation, to be fixed through training, monitoring and communications. It sells that approach to councils, companies and universities, and it has become a sizeable industry.

Attitudes matter. But racism in a city like Kellingford is above all a material thing. It is in who gets the worst housing and the longest wait for repairs. It is in which schools have lost teaching assistants and which neighbourhoods have lost their youth clubs. It is in who is stopped and searched, who is in insecure work, and who is told that their asylum claim will take another two years.

A strategy that does not address those things is not an anti-racist strategy. It is a reputational one.

## What actually works

The history of anti-racism in this country is not primarily a history of policies and training sessions. It is a history of organising. Of communities defending themselves against attack. Of workers striking alongside colleagues who faced discrimination. Of campaigns that forced institutions to change because they had no choice.

In Kellingford, that history is recorded in the [Westgate oral history project](https://www.example.org/westgate-stories/archive), which is well worth an evening of anyone's time. Again and again, the people interviewed describe the centre not as a service but as a base, a place where people could meet, argue, plan and act.

That is exactly what the city needs more of now. Far-right groups have been leafleting in several wards, and there has been a small but worrying protest outside a hotel housing asylum seekers on the ring road. The response that works, as campaigners across the country have shown, is broad, visible and organised. Read [our coverage of local anti-racist mobilisations](/tag/anti-racism) for examples.

## What the council should do

If the council is serious about tackling racism, there are some fairly obvious places to start:

- reverse the closure of the Westgate centre and hand its management to a community trust with secure funding
- publish data on housing repairs, school exclusions and council employment broken down by ethnicity, and act on what it shows
- support, rather than obstruct, the groups organising against the far right and welcoming refugees
- redirect future consultancy budgets to frontline services in the wards that need them most

---

## A choice

The budget consultation closes at the end of the month. Campaigners from Save Westgate have called a public meeting at the centre itself next Saturday, and they are asking everyone who has ever used it, or who believes it matters, to come along and to respond to the consultation.

The council has a choice to make. It can keep the strategy and lose the centre, or it can keep the centre and make the strategy mean something. Those of us who live here will be watching to see which it chooses.`,
  },
  {
    slug: 'bring-water-home-the-case-for-public-ownership-is-overwhelming',
    headline: 'Bring water home: the case for public ownership is overwhelming',
    standfirst: 'Thirty-five years of privatised water have delivered sewage in our rivers, debt on the balance sheets and dividends for shareholders, and it is time to end the experiment.',
    section: 'opinion',
    authors: ['dev'],
    tags: ['privatisation', 'climate', 'cost-of-living'],
    status: 'DRAFT',
    daysAgo: 2,
    hero: {
      hue: 210,
      motif: 'waves',
      alt: 'Illustration: deep blue ripples spreading across the frame, broken in places by murky brown streaks',
      caption: 'Campaigners have recorded hundreds of sewage discharges into the River Wend in the past year.',
      credit: 'Lena Marsh',
      source: 'Unsplash',
      licenceId: 'cc0',
    },
    body: `On a warm Sunday in August, a group of children were paddling in the River Wend just below the weir at Ashcombe, as children in that village have done for generations. A few hundred yards upstream, unknown to their parents, a storm overflow had been discharging untreated sewage into the river for most of the previous night.

Two of the children were ill for a week. Their parents only found out what had happened because a local swimming group had started tracking discharge alerts and posting them on a noticeboard by the footbridge. Wealdshire Water, which operates the overflow, said the discharge was "permitted" and caused by heavy rainfall.

Stories like this have become depressingly familiar across England. They are not accidents. They are what happens when an essential public service is run for profit.

## What privatisation promised

When the water industry in England and Wales was privatised in 1989, the promise was that private capital would fund the investment the network needed, that competition and regulation would drive efficiency, and that customers would benefit.

The companies were sold debt-free, and were even given a substantial sum of public money to help them on their way. Since then, the industry as a whole has taken on enormous debts, paid out vast sums in dividends, and underinvested in the pipes, treatment works and reservoirs that the country needs. Independent analyses, such as [this study by university researchers](https://www.example.org/university-water-research/debt-and-dividends), have found that a large share of the industry's borrowing has effectively financed payouts to shareholders rather than new infrastructure.

> Water is a natural monopoly. You cannot choose your water company any more than you can choose your river. There is no market here, only a licence to collect bills.

## Who pays now

The consequences are now landing on all of us. Bills are rising steeply to pay for the investment that was not made in earlier decades. Rivers and coastal waters are polluted. Hosepipe bans arrive with every dry summer, while leaks waste a huge volume of treated water every day. And at least one company has come close to collapse under the weight of its own debt, raising the prospect of a costly public rescue.

For households already struggling with the cost of living, being asked to pay more to fix a system that enriched others is a bitter pill. It is also an unavoidable one under the current model, because the companies will only invest if they are guaranteed a return.

## The usual objections

Opponents of public ownership tend to make three arguments.

1. **It would cost too much.** But compensation is not a fixed sum; Parliament decides what is fair, and there are strong arguments that shareholders who loaded companies with debt should not be rewarded for it.
2. **The state would run it badly.** Yet water is publicly owned in Scotland and Northern Ireland, and in many European cities that took their systems back from private operators. Public ownership is the international norm, not the exception.
3. **Investment would be squeezed by the Treasury.** This is a real risk, but it is one that can be managed by ring-fencing investment and allowing a public water body to borrow at government rates, which are far cheaper than private finance.

## What public ownership could look like

Public ownership should not mean simply swapping a private board for a remote government department. The best models combine public ownership with democratic control: regional bodies with seats for workers, customers, environmental groups and local councils, and a legal duty to protect rivers and seas.

Profits, instead of flowing to shareholders, would be reinvested in the network. Bills could be set on the basis of need, with a proper social tariff for low-income households. And the enormous task of adapting to a changing climate, with more intense storms and longer droughts, could be planned for the long term rather than the next dividend.

## Organising for it

Public ownership of water is consistently popular in opinion polls, across voters of every party. What has been missing is a movement capable of turning that support into pressure. That is starting to change, with river campaigners, swimmers, anglers and unions beginning to work together.

The families at Ashcombe have now formed a campaign group of their own. Their first public meeting filled the village hall. You can follow their work, and find groups near you, through [our privatisation coverage](/tag/privatisation).`,
  },
  // ───────────────────────────── Reviews ─────────────────────────────
  {
    slug: 'the-long-shift-review-the-hidden-history-of-the-women-who-kept-care-going',
    headline: 'The Long Shift review: the hidden history of the women who kept care going',
    standfirst: 'Hannah Corrigan\'s patient, angry history of care work restores a missing chapter to the story of the British labour movement.',
    section: 'reviews',
    authors: ['tomasz'],
    tags: ['books', 'culture', 'trade-unions'],
    status: 'PUBLISHED',
    daysAgo: 10,
    hero: {
      hue: 55,
      motif: 'bars',
      alt: 'Illustration: mustard and ochre horizontal bars stacked unevenly, like the spines of books piled on a desk',
      caption: 'Corrigan draws on more than a hundred interviews with care workers past and present.',
      credit: 'Broadside design desk',
      source: 'Broadside',
      licenceId: 'permission',
    },
    body: `*The Long Shift: Care, Work and Resistance in Modern Britain*, by Hannah Corrigan. Ashgrove Books, 352 pages, £20.

There is a scene near the start of Hannah Corrigan's remarkable new book that I have not been able to shake. It is 1974, and a group of home helps in a northern mill town are meeting in the back room of a pub to discuss a pay claim. One of them, a widow in her fifties called Edna, stands up and says that she has never been to a union meeting in her life, because "meetings were for men with jobs, and what we do isn't a job, it's just what women do". By the end of the evening, she has been elected as their first steward.

That tension, between care as a job and care as something women are simply expected to do, runs through every page of *The Long Shift*. It is the key, Corrigan argues, to understanding why the people who look after the old, the sick and the disabled have been so consistently undervalued, and why, when they have organised, their victories have been so easily forgotten.

## A history from below

Corrigan is a social historian, and the book draws on more than a hundred interviews with care workers, along with union archives, council minutes and the occasional diary. The result is a history from below in the best tradition: crowded with voices, attentive to detail, and unwilling to let grand narratives flatten the lives of the people it describes.

The structure is broadly chronological, moving from the growth of council home help services after the war, through the expansion of residential care in the 1960s and 1970s, to the great wave of privatisation that began in the 1980s and the fragmented, agency-dominated sector of today.

### The turning point

The central chapters, on the period from the late 1980s onwards, are the most powerful. Corrigan shows in meticulous detail how the transfer of care from councils to private providers was not simply a change of employer. It was a transformation of the work itself. Visits were cut to fifteen minutes. Travel time went unpaid. Zero-hours contracts became the norm. Workers who had once had a pension, sick pay and a union found themselves with none of these things.

> "We used to sit with them and have a cup of tea. That was part of the job. Then it became: get in, get them up, get out. You felt like you were stealing from them, because you were stealing time."

That quotation, from a home care worker in Bristol, could stand as an epigraph for the whole book.

## Resistance, and its limits

What lifts *The Long Shift* above a catalogue of grievances is Corrigan's insistence on resistance. She recovers dozens of disputes that have been almost entirely forgotten: strikes by residential care staff against closures, campaigns by home helps against the introduction of time sheets, and more recent fights by outsourced care workers for the right to be paid for travel time.

Many of these disputes were won, at least for a time. Corrigan is honest, though, about why so many gains were later lost. Care workers were scattered across hundreds of small employers, often working alone, with high turnover and little time to organise. Unions, she suggests, were sometimes slow to recognise the sector as a priority, though she also documents the efforts of many officials and reps who fought hard to change that. Readers interested in the contemporary picture can find useful material in [the union's own research on home care](https://www.example.org/care-workers-research/home-care-report).

## What the book misses

If there is a weakness, it is that the final chapter, on what is to be done, feels thinner than what precedes it. Corrigan endorses calls for a national care service and sectoral collective bargaining, but the argument is sketched rather than developed, and after three hundred pages of rich detail it is something of an anticlimax. The role of migrant workers, who now make up a large share of the workforce, also deserved more than the single chapter it receives.

These are quibbles, though, about a book that does something genuinely important. It puts care workers where they belong: at the centre of the story of work in modern Britain, not at its margins.

---

## Why it matters now

The book arrives at a moment when the crisis in social care is impossible to ignore, and when the consequences of underfunding are felt in every hospital in the country. As nurse Aisha Mahmood wrote recently on these pages, patients [stuck in hospital beds for want of a care package](/tag/nhs) are one of the most visible symptoms of a system that has been starved for decades.

*The Long Shift* will not solve that crisis. But it should be read by every activist who wants to understand how we got here, and by every union rep trying to organise in a sector that so many have written off. Edna, the widow who became a steward, would have approved. More of our book reviews are collected under [Books](/tag/books).`,
  },
  {
    slug: 'tidewater-review-a-fishing-towns-fight-to-survive-told-with-rare-tenderness',
    headline: 'Tidewater review: a fishing town\'s fight to survive, told with rare tenderness',
    standfirst: 'Niamh Durrant\'s quiet, devastating debut feature follows three generations of a family as the sea, the market and the weather close in on their town.',
    section: 'reviews',
    authors: ['tomasz'],
    tags: ['culture', 'climate'],
    status: 'PUBLISHED',
    daysAgo: 22,
    hero: {
      hue: 190,
      motif: 'waves',
      alt: 'Illustration: grey-blue waves stacked in layers beneath a pale band of sky, like a harbour wall seen through rain',
      caption: 'Tidewater was shot on location over a single winter on the north-east coast.',
      credit: 'Marek Loughlin',
      source: 'Flickr',
      licenceId: 'cc-by-nc-2.0',
    },
    body: `*Tidewater*, directed by Niamh Durrant. In cinemas from Friday, certificate 12A, 108 minutes.

About halfway through *Tidewater*, there is a shot that lasts nearly two minutes. An old man sits in the wheelhouse of a boat that has not left the harbour in months, listening to the shipping forecast on a battered radio. Rain streaks the window. He does not move, and neither does the camera. When the forecast ends, he switches off the radio, sits a moment longer, and then climbs down onto the quay and walks home.

Nothing happens in that scene, and everything does. It is the kind of moment that most films would cut, and it is characteristic of a debut feature that trusts its audience, and its subject, to hold attention without spectacle.

## A family and a town

The film follows the Pattersons, three generations of a fishing family in Skelmoor, a fictional town on the north-east coast that will be recognisable to anyone who knows that stretch of shoreline. Frank, the grandfather, still thinks of himself as a fisherman though his boat has been laid up for most of a year. His daughter Carol works shifts at the fish-processing plant on the edge of town, which is rumoured to be closing. Her son Liam, nineteen, is torn between staying to help and taking a job on an offshore wind farm maintenance crew.

Durrant, who grew up in a similar town and previously made documentaries for television, wrote the script after spending two years interviewing fishing families. It shows. The dialogue is sparse and unsentimental, and several of the supporting roles are played by non-professional actors from the town where the film was shot. The result has the texture of lived experience.

> "There were two hundred boats in this harbour when I was a lad. Now there's eleven, and half of them are for tourists."

That line, delivered by Frank to a visiting council officer, is the closest the film comes to a speech. It is enough.

## The forces closing in

What makes *Tidewater* more than a lament for a lost way of life is its clear-eyed sense of why that life is being lost. The film never lectures, but the pressures are all there: the quotas bought up by large companies, the processing plant owned by a multinational that can move production abroad overnight, the storms that grow more violent each winter and batter the harbour wall the council cannot afford to repair.

### The wind farm

The subplot involving Liam's offer of work on the wind farm is handled with particular intelligence. A lazier film would have made the turbines either villains or saviours. Durrant does neither. The jobs are real, but they are on short-term contracts with a subcontractor, based out of a port forty miles away, and the men Liam would be working with are unsure whether the work will last.

In one of the film's best scenes, Liam and his grandfather argue about it in the kitchen. Frank calls the turbines "somebody else's money". Liam replies that at least they are somebody's future. Both are right, and the film leaves the contradiction unresolved. For a movement grappling with what a just transition for coastal communities would look like, as Ruth Calloway argued in her recent column on [climate and the labour movement](/tag/climate), this is a sequence worth discussing.

## Performances

The performances are uniformly excellent, but Maureen Talbot as Carol is extraordinary. Carol holds the family together through sheer will, and Talbot lets us see the cost in every small gesture: the way she counts coins at the supermarket till, the way her face closes when her manager calls a meeting. A late scene in which she finally breaks down, alone in her car in the plant's car park, is almost unbearable.

Cinematographer Joel Arkwright shoots the town in a palette of greys and muted blues, broken only by the orange glow of the plant's night lights. It is beautiful without ever being picturesque.

## A few reservations

The film is not flawless. A romantic subplot involving Liam and a visiting student feels undercooked, and the pace in the final half-hour may test some viewers' patience. The ending, which I will not reveal, is likely to divide audiences; I found it honest, but others may find it bleak.

---

*Tidewater* is a film about endurance, about what it costs ordinary people to hold on to a place when every economic force is pulling it apart. It is also, quietly, a film about solidarity, about the neighbours who turn up with food and the colleagues who cover a shift. It deserves a wide audience, and it deserves to be shown in the very towns it depicts. Screening details are available on the [distributor's website](https://www.example.com/tidewater-film/screenings), and community groups can apply for a licence to host their own screening. More of our film coverage is collected under [Culture](/tag/culture).`,
  },
  {
    slug: 'rent-day-review-tenant-theatre-that-is-furious-funny-and-utterly-alive',
    headline: 'Rent Day review: tenant theatre that is furious, funny and utterly alive',
    standfirst: 'A community cast drawn from the Marlowe estate brings the fight over Lowmarsh\'s housing to the stage, and the result is one of the most exciting productions of the year.',
    section: 'reviews',
    authors: ['tomasz', 'maya'],
    tags: ['culture', 'housing'],
    status: 'PUBLISHED',
    daysAgo: 30,
    hero: {
      hue: 330,
      motif: 'diagonal',
      alt: 'Illustration: pink and near-black diagonal beams crossing the frame, like stage lights cutting through darkness',
      caption: 'Rent Day runs at the Lowmarsh Playhouse until the end of the month.',
      credit: 'Ines Valcourt',
      source: 'Wikimedia Commons',
      licenceId: 'cc-by-sa-2.0',
    },
    body: `*Rent Day*, written by Joel Ferreira, directed by Bukola Adisa. Lowmarsh Playhouse, until the end of the month. Tickets £5 to £15, pay what you can on Tuesdays.

The first thing you notice when you walk into the Lowmarsh Playhouse for *Rent Day* is the smell of damp. It is deliberate. The designer has lined the auditorium walls with mottled, mould-stained wallpaper salvaged, we are told in the programme, from a flat on an estate due for demolition. Before a word has been spoken, the audience is inside the problem.

What follows is two hours of theatre that is by turns hilarious, furious and heartbreaking, performed by a cast of more than twenty, most of whom had never acted before. It is one of the most exciting things on any London stage this year.

## The story

The play is set over a single day on the fictional Cromwell estate, a barely disguised version of the Marlowe estate, whose residents recently [defeated plans to hand it to a private developer](/tag/housing). It is the day the council is due to announce the estate's fate, and the action moves between flats, the lifts, the launderette and the tenants' association office as residents wait for news.

Joel Ferreira, who grew up on an estate in the borough, developed the script over eighteen months of workshops with residents, and many of the stories in it are theirs. There is the retired bus driver who has kept a diary of every repair request he has ever made. There is the young mother whose child's asthma has worsened every winter. There is the council officer, played with surprising sympathy, who believes in the regeneration plan and is slowly forced to realise what it will cost.

### The tenants' meeting

The centrepiece is a tenants' meeting in the second half that is one of the best pieces of ensemble staging I have seen. Chairs are dragged across the floor, arguments overlap, someone's phone goes off, a toddler wanders across the stage. It is chaotic, frequently very funny, and entirely true to life. Anyone who has ever sat through a community meeting will recognise every type in the room.

And then, slowly, the chaos gives way to something else. People start to listen to each other. A decision is reached. By the end of the scene, the audience on the night we attended was on its feet.

> "They think we're just numbers on a spreadsheet. Well, here's a number for them. Four hundred and twelve doors. And every one of them is going to open."

## A community cast

Director Bukola Adisa deserves enormous credit for the performances she has drawn from a largely untrained cast. There is an unevenness, inevitably: a few lines were lost on the night we attended, and some of the quieter scenes need more pace. But the energy and conviction more than compensate.

Special mention must go to Patricia Nwosu, a retired school cook who lives on the Marlowe estate, as Mrs Oyelaran, the building's self-appointed matriarch. Her comic timing is impeccable, and her final monologue, about the neighbours she has lost to "decant" over the years, silenced the room.

The three professional actors in the cast blend in so well that it is genuinely hard to tell who is who, which is perhaps the highest compliment one can pay them.

## Politics on stage

*Rent Day* is unashamedly political, and it makes no pretence at balance. The developer is a figure of fun, a slick young man who keeps referring to the estate as "the opportunity". Some critics will find this crude. We found it bracing, and in any case the play's real interest lies elsewhere, in the relationships between residents and the slow discovery of their collective strength.

It is also a useful reminder of what culture can do for a movement. Theatre made with and by the people whose lives it depicts can reach audiences that a leaflet never will. Several people we spoke to in the bar afterwards had come because a neighbour was in the cast and left talking about joining the tenants' union.

---

## Go, and take someone

Tickets are cheap by London standards, and the Playhouse has set aside free seats for every performance for residents of the borough's council estates. The production is also touring to community centres on three other estates facing regeneration in the spring; details are on the [Playhouse website](https://www.example.org/lowmarsh-playhouse/rent-day).

*Rent Day* is not a perfect play. But it is a necessary one, and a joyful one. Go, and take someone who has never been to the theatre. For more on the real campaign behind the play, see the [Lowmarsh Tenants' Union](https://www.example.org/lowmarsh-tenants-union) and our wider [culture coverage](/tag/culture).`,
  },
  {
    slug: 'the-hotel-economy-review-a-forensic-account-of-britains-asylum-housing-scandal',
    headline: 'The Hotel Economy review: a forensic account of Britain\'s asylum housing scandal',
    standfirst: 'Leila Farrant\'s investigation into the contractors who house asylum seekers is meticulous, enraging and essential reading for anyone who wants to answer the right\'s migration panic.',
    section: 'reviews',
    authors: ['kwame'],
    tags: ['books', 'migration', 'anti-racism'],
    status: 'PUBLISHED',
    daysAgo: 41,
    hero: {
      hue: 160,
      motif: 'grid',
      alt: 'Illustration: a sea-green grid of identical small rectangles, like rows of hotel room doors along a long corridor',
      caption: 'Farrant spent three years visiting asylum accommodation across England.',
      credit: 'Ruairi Flanagan',
      source: 'Broadside',
      licenceId: 'cc-by-nc-4.0',
    },
    body: `*The Hotel Economy: Inside Britain's Asylum Accommodation Industry*, by Leila Farrant. Northlight Press, 288 pages, £18.99.

Some books change your mind. Others give you the evidence to change other people's. Leila Farrant's *The Hotel Economy* belongs firmly in the second category, and at a moment when asylum seekers are being blamed for almost everything wrong with the country, it could hardly be more timely.

Farrant is an investigative journalist who spent three years visiting hotels, shared houses and former military sites used to house people seeking asylum in England. She also spent months working through contract documents, company accounts and the reports of parliamentary committees and public auditors. The result is a forensic account of how a small number of private companies came to run one of the most politically charged public services in the country, and how they have profited from its failures.

## Following the contracts

The book's first section traces the history of asylum accommodation from the 1990s, when councils still provided much of it, through the shift to large regional contracts with private providers. Farrant shows how each reorganisation concentrated the work in fewer hands, and how oversight weakened as the contracts grew.

The central argument is straightforward, and carefully evidenced. The companies providing accommodation are paid per person per night. The longer people wait for a decision on their claim, the more the companies earn. As the backlog of undecided claims grew, so did their revenues, while the standard of accommodation often fell.

> "Nobody designed this system to fail. But once it began to fail, there were people for whom failure was very good business, and they were not the people living in the hotels."

Farrant is careful not to overstate her case. She acknowledges the genuine difficulty of housing large numbers of people at short notice, and she gives space to contract managers and hotel staff who clearly cared about the people in their buildings. But the weight of evidence she assembles is overwhelming.

## Voices from inside

What makes the book more than an exposé is its attention to the people at the centre of the story. Farrant introduces us to dozens of asylum seekers, and their accounts are by turns harrowing, funny and deeply moving.

There is Yonas, a trained electrician, who spent nineteen months in a hotel room on a ring road, banned from working, while his claim waited to be looked at. There is Mariam, who arrived pregnant and gave birth while living in a single room with no kitchen. There is a group of young men who organised a football team in the car park of their hotel and ended up playing in a local Sunday league, where, Farrant notes drily, they "experienced more welcome in ninety minutes than the Home Office had managed in a year".

These chapters are a powerful corrective to the dehumanising language of the tabloids. They are also a reminder that the people in the hotels did not choose them, and would in most cases far rather be working and renting homes of their own.

## The politics of the backlash

The final section turns to the far-right protests that have targeted asylum hotels in several towns. Farrant is sharp on how the hotels became a focus for organised racists, and on how mainstream politicians' rhetoric about "closing the hotels" fed the same narrative without addressing why they existed in the first place.

She is equally good on the counter-mobilisations, the welcome groups and anti-racist campaigns that turned out in larger numbers to defend residents. As Maya Brennan has reported [on these pages](/tag/anti-racism), those campaigns have often been the difference between a town where the far right gains ground and one where it is pushed back.

## Criticisms

The book is not without flaws. It is sometimes weighed down by detail, and readers without an interest in procurement law may find the chapters on contract structures heavy going. I also wished Farrant had said more about alternatives. She gestures towards council-run accommodation and faster decision-making, but a fuller treatment of what a humane system would look like would have strengthened the book considerably.

## Essential reading

Those reservations aside, *The Hotel Economy* is an essential resource. Anyone who has been on a doorstep or in a workplace argument and struggled to answer the claim that asylum seekers are living in luxury at the taxpayer's expense will find the answers here, backed by evidence. The problem is not the people in the hotels. It is the system that put them there and the companies that profit from keeping them there.

The publisher has produced a [free discussion guide for reading groups](https://www.example.com/northlight-press/hotel-economy-guide), and the author is touring the book with local refugee welcome groups over the coming months. Buy it, read it, and lend it to someone who needs to read it more than you. Find more of our reviews under [Books](/tag/books) and our reporting on [migration](/tag/migration).`,
  },
]
