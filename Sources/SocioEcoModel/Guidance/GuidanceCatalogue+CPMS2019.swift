extension GuidanceCatalogue {
    /// Kinds of intervention for the CPMS 2019 strategy standards 15 to 20 at each level
    /// they mainly act at, and for the society level, where most of the entries link to
    /// standard 14 (laws, policies, national systems and norms), standard 17 (norms a
    /// community changes itself) or standard 20 (justice and legal identity).
    ///
    /// This is socioeco's reading of where the standards' key actions point, in the
    /// project's own words: a prompt for a programme designer, not CPMS text and not a
    /// complete list.
    public static let cpms2019 = GuidanceCatalogue(entries: cpms2019Entries, provenance: Framework.cpms2019Reading)

    private static let cpms2019Entries: [GuidanceEntry] = [
        // 14, society: the systems, laws and norms every other level depends on.
        entry("g-14-society-law-policy-reform", "Reform of laws and policies affecting children",
              "Working with government to align laws on violence, child marriage, child labour and care with international standards gives every other intervention a legal footing.",
              "14", ["society"], [.preparedness, .prevention]),
        entry("g-14-society-national-cp-system", "Strengthening the national child protection system",
              "Helping the responsible ministries lead coordination, set service standards and fund services builds protection that outlasts the emergency.",
              "14", ["society"], [.preparedness, .prevention, .response]),
        entry("g-14-society-social-workforce", "Building the social service workforce",
              "Training, accrediting and paying social workers and caseworkers in government and civil society means skilled help is there when the next crisis comes.",
              "14", ["society"], [.preparedness, .prevention]),
        entry("g-14-society-social-protection", "Child-sensitive social protection",
              "Shaping national cash transfer and welfare schemes so that they reach families whose children are at risk reduces harm driven by poverty at scale.",
              "14", ["society"], [.preparedness, .prevention, .response]),
        entry("g-14-society-norms-campaign", "National campaign against harmful social norms",
              "Public messages through media and national figures that challenge accepted violence, child marriage or child labour reinforce the change communities make themselves.",
              "14", ["society"], [.prevention]),
        entry("g-14-society-preparedness-plan", "National plan for child protection in emergencies",
              "A government plan with roles, budgets and contingency stocks agreed in advance lets authorities protect children from the first days of a crisis.",
              "14", ["society"], [.preparedness]),

        // 15, child: group activities.
        entry("g-15-child-structured-activities", "Structured group activities for children",
              "Regular sessions of play, arts, sport and learning in a safe place, run by trained facilitators, restore routine, confidence and friendships after a crisis.",
              "15", ["child"], [.prevention, .response]),
        entry("g-15-child-adapted-groups", "Group activities adapted by age, gender and ability",
              "Separate groups for young children, adolescent girls, adolescent boys and children with disabilities let each child take part safely and in a way that suits them.",
              "15", ["child"], [.prevention, .response]),
        entry("g-15-child-life-skills", "Life skills and self-protection sessions for adolescents",
              "Sessions on handling stress, solving problems and knowing where to get help give older children ways to protect themselves and their friends.",
              "15", ["child"], [.prevention, .response]),
        entry("g-15-child-facilitator-referral", "Training facilitators to notice and refer children at risk",
              "Facilitators who recognise signs of harm or distress and know the referral routes make group activities a way in to case management and specialised care.",
              "15", ["child"], [.preparedness, .response]),
        entry("g-15-child-outreach-activities", "Mobile activities for children who cannot attend",
              "Taking activities to children kept away from a fixed space, such as working children, young carers or children with disabilities, widens who benefits.",
              "15", ["child"], [.response]),

        // 16, family: the caregiving environment.
        entry("g-16-family-parenting", "Parenting and caregiver support groups",
              "Group sessions on positive discipline, talking with children and coping with stress help caregivers respond warmly and safely under crisis pressure.",
              "16", ["family"], [.prevention, .response]),
        entry("g-16-family-caregiver-wellbeing", "Psychosocial support for caregivers",
              "Caregivers who are distressed themselves find it harder to care for their children, so support for their own well-being protects the children too.",
              "16", ["family"], [.response]),
        entry("g-16-family-economic-support", "Cash or livelihood support for families at risk",
              "Targeted cash or income support for families under strain eases the pressures that push children into work, early marriage or separation.",
              "16", ["family"], [.prevention, .response]),
        entry("g-16-family-home-visits", "Home visits to families at heightened risk",
              "Regular visits by trained workers to families under strain let problems be noticed early and linked to services before a child is harmed.",
              "16", ["family"], [.prevention, .response]),
        entry("g-16-family-separation-preparedness", "Helping families prepare to stay together",
              "Showing families what to do in an evacuation or a move, such as keeping children close and carrying their names and contacts, makes separation less likely.",
              "16", ["family"], [.preparedness]),

        // 17, community: what communities do for their own children.
        entry("g-17-community-cp-groups", "Support to community-based child protection groups",
              "Strengthening groups the community already trusts to spot, prevent and respond to risks keeps protection going after outside agencies leave.",
              "17", ["community"], [.preparedness, .prevention, .response]),
        entry("g-17-community-dialogue", "Community dialogue on risks to children",
              "Facilitated discussions with parents, leaders and young people build a shared view of local risks and of what the community itself can do.",
              "17", ["community"], [.prevention, .response]),
        entry("g-17-community-leaders", "Engaging religious and traditional leaders",
              "Respected leaders who speak up for children's safety can shift attitudes and practices that messages from outsiders do not reach.",
              "17", ["community"], [.prevention, .response]),
        entry("g-17-community-safety-mapping", "Safety mapping with children and adults",
              "Children and adults mark the places and times they feel unsafe, so that the community and services can act on specific dangers.",
              "17", ["community"], [.prevention, .response]),
        entry("g-17-community-referral-links", "Linking community volunteers to formal services",
              "Clear agreements on when and how volunteers refer a case to trained workers keep community action safe and put serious cases in professional hands.",
              "17", ["community"], [.preparedness, .response]),
        entry("g-17-community-norms-change", "Community-led change of harmful social norms",
              "Communities that examine and change accepted practices such as violent discipline or child marriage make the change last and feed wider shifts in society.",
              "17", ["community", "society"], [.prevention]),

        // 18, child and family: case management.
        entry("g-18-child-case-management", "Case management for children at risk",
              "A trained caseworker assesses each child's needs, plans with the child and family, arranges services and follows up until the child is safe.",
              "18", ["child", "family"], [.response]),
        entry("g-18-child-best-interests", "Best interests procedures for major decisions",
              "A formal procedure for decisions that shape a child's life, such as a care placement or an onward move, keeps the child's interests and views at the centre.",
              "18", ["child"], [.response]),
        entry("g-18-child-specialised-referral", "Referral to specialised health and mental health care",
              "Children who survived violence or live with severe distress need clinical, mental health or legal help that a caseworker can arrange and follow up.",
              "18", ["child"], [.response]),
        entry("g-18-child-friendly-procedures", "Child-friendly case procedures",
              "Explaining each step in words the child understands and asking for the child's views respects the child and leads to better plans.",
              "18", ["child"], [.response]),
        entry("g-18-family-case-planning", "Involving caregivers in case plans",
              "Working with caregivers on the plan, where that is safe, deals with the situation at home that put the child at risk.",
              "18", ["family"], [.response]),
        entry("g-18-family-follow-up-visits", "Follow-up visits to families of children in care plans",
              "Regular visits at home check that the child is safe and that the support agreed in the plan reaches the family.",
              "18", ["family"], [.response]),
        entry("g-18-family-referral-pathways", "Service mapping and referral pathways",
              "An up-to-date list of services and agreed referral routes lets caseworkers link families quickly to food, shelter, health care or legal aid.",
              "18", ["family"], [.preparedness, .response]),

        // 19, child and family: alternative care.
        entry("g-19-child-interim-care", "Interim care for unaccompanied children",
              "A temporary place with a vetted family or in a small supervised home keeps an unaccompanied child safe while the search for relatives goes on.",
              "19", ["child"], [.response]),
        entry("g-19-child-care-monitoring", "Monitoring children in alternative care",
              "Regular visits and private talks with children in care check that they are safe and well treated and that their views on their future are heard.",
              "19", ["child"], [.response]),
        entry("g-19-child-leaving-care", "Support for children leaving care",
              "Preparing a child for going home, living independently or moving to another placement lowers the risks that come with each move.",
              "19", ["child"], [.response]),
        entry("g-19-child-family-based-care", "Family-based care rather than institutions",
              "Choosing care by relatives or foster families over residential institutions protects a child's development and attachments.",
              "19", ["child", "family"], [.preparedness, .prevention, .response]),
        entry("g-19-family-kinship-support", "Support for kinship carers",
              "Relatives who take in a child often need cash, advice and regular visits to be able to care for the child well.",
              "19", ["family"], [.response]),
        entry("g-19-family-foster-pool", "Recruiting and vetting foster families",
              "A pool of screened and trained foster families, built before a crisis, lets children be placed in family care without delay.",
              "19", ["family"], [.preparedness, .response]),
        entry("g-19-family-gatekeeping", "Gatekeeping to prevent unnecessary separation",
              "Checking before any placement whether support to the family would let the child stay at home avoids separations that are not needed.",
              "19", ["family"], [.prevention, .response]),
        entry("g-19-family-reintegration", "Reunification and reintegration support",
              "When a child goes home from care, follow-up and practical help let the family keep the child safely.",
              "19", ["family"], [.response]),

        // 20, child and society: justice for children and legal identity.
        entry("g-20-child-legal-aid", "Legal aid and accompaniment for children",
              "Children in contact with the law as victims, witnesses or suspects need a lawyer or trained person to explain, advise and stand with them.",
              "20", ["child"], [.response]),
        entry("g-20-child-diversion", "Diversion and alternatives to detention",
              "Handling children suspected of an offence through community measures instead of courts and cells spares them the harm that detention does.",
              "20", ["child"], [.prevention, .response]),
        entry("g-20-child-detention-monitoring", "Monitoring detention and seeking release of children",
              "Visiting places where children are held and pressing for their release protects them from abuse and unlawful detention, including for alleged links to armed groups.",
              "20", ["child"], [.response]),
        entry("g-20-child-friendly-justice", "Child-friendly interviews and hearings",
              "Trained interviewers, separate waiting areas and fewer repeated interviews spare child victims and witnesses further harm.",
              "20", ["child"], [.response]),
        entry("g-20-society-justice-training", "Training police, prosecutors and judges on children",
              "Justice officials who know the law on children and child-friendly procedures treat child victims, witnesses and suspects more fairly and safely.",
              "20", ["society"], [.preparedness, .prevention, .response]),
        entry("g-20-society-juvenile-justice", "A specialised justice system for children",
              "Dedicated courts, police units and procedures for children, set in law, keep them out of adult justice and adult detention.",
              "20", ["society"], [.preparedness, .prevention]),
        entry("g-20-society-birth-registration", "Birth and civil registration",
              "Helping families obtain birth certificates and civil documents gives children a legal identity, which guards against statelessness, trafficking, early marriage and recruitment and opens the way to justice.",
              "20", ["society"], [.preparedness, .prevention, .response]),
        entry("g-20-society-informal-justice", "Child safeguards in customary justice",
              "Where elders or religious bodies settle most disputes, agreeing basic safeguards for children with them reaches children the courts never see.",
              "20", ["community", "society"], [.prevention, .response]),
    ]

    private static func entry(
        _ id: String, _ title: String, _ summary: String, _ standard: String, _ levels: [Level.ID], _ phases: [Phase]
    ) -> GuidanceEntry {
        GuidanceEntry(id: GuidanceEntry.ID(id), title: title, summary: summary, standard: Standard.ID(standard), levels: levels, phases: phases)
    }
}
