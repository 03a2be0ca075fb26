"""The content of the demo log as plain data: parties, tracks, rounds, clauses, positions, commitments.

Only the dated facts of BRIEF.md are real (the joint statement of 2026-02-04, the 30-day MoU, the
three-month Roadmap, the US–Mexico 60-day plan). Every round, place, clause text, position, delegate
note and assessment below is illustrative and marked so. The loader turns this into records.
"""

from __future__ import annotations

LOG_NAME = "Critical minerals partnership — demo log"
DELEGATION = "EU delegation (DG TRADE)"
USER_NAME = "Demo negotiator"
LOG_NOTE = (
    "Demo log built from the US–EU–Japan joint statement of 4 February 2026 (a US–EU MoU within 30 days, "
    "a Strategic Partnership Roadmap within three months, trilateral Action Plans) and the announced "
    "US–Mexico 60-day action plan. Everything else is illustrative: the MoU is shown as signed on its "
    "30-day deadline, and the date of the US–Mexico announcement, the rounds, places, clause wording, "
    "positions, delegate notes and assessments were invented for the demonstration."
)
OUR_PARTY = "EU"

PARTIES = [
    dict(code="US", name="United States"),
    dict(code="EU", name="European Union"),
    dict(code="JP", name="Japan"),
    dict(code="MX", name="Mexico"),
]

ANCHORS = [
    dict(key="joint_statement", name="Joint press statement (US, EU, Japan)", date="2026-02-04"),
    dict(key="mou_signed", name="US–EU MoU signed", date="2026-03-06"),
    dict(key="us_mx_plan", name="US–Mexico action plan announced (illustrative date)", date="2026-02-12"),
]

TRACKS = [
    dict(
        ref="MOU",
        title="US–EU Memorandum of Understanding on critical minerals",
        kind="memorandum of understanding",
        parties=["US", "EU"],
        target_date="2026-03-06",
        description=(
            "First part of the partnership announced on 4 February 2026: a non-binding US–EU memorandum "
            "to be issued within 30 days. It covers joint projects, price support, protection against "
            "oversupply and manipulation, export-restriction exemptions, research, stockpiling and an "
            "EU–US response group."
        ),
    ),
    dict(
        ref="ROADMAP",
        title="US–EU Strategic Partnership Roadmap",
        kind="roadmap",
        parties=["US", "EU"],
        target_date="2026-06-06",
        description=(
            "The roadmap the EU is ready to develop with the US within three months of the MoU: concrete "
            "deliverables, timelines and responsible authorities. The target date counts three months "
            "from the MoU signature."
        ),
    ),
    dict(
        ref="ACTION",
        title="US–EU–Japan Action Plans",
        kind="action plan",
        parties=["US", "EU", "JP"],
        target_date="2026-12-15",
        description=(
            "Second part of the partnership announced on 4 February 2026: plans for cooperation among "
            "the US, the EU and Japan. The statement set no deadline; the target date here is illustrative."
        ),
    ),
    dict(
        ref="USMX",
        title="US–Mexico 60-day action plan on critical-minerals trade policy",
        kind="action plan",
        parties=["US", "MX"],
        target_date="2026-04-13",
        description=(
            "Plan on trade policies centred on critical minerals that the US and Mexico announced they "
            "would produce within 60 days (announcement date illustrative). The EU is not a party and "
            "follows the track from the readouts of both sides."
        ),
    ),
]

_US_MOU_TEAM = "US: Office of the US Trade Representative (lead), Department of State, Department of Commerce"
_EU_MOU_TEAM = "EU: DG TRADE (lead), DG GROW, EEAS"

ROUNDS = [
    # --- US–EU MoU: four rounds inside the 30 days -------------------------------------------------
    dict(
        key="mou-1", track="MOU", number=1, date="2026-02-10", place="Brussels", video=False,
        participants=f"{_EU_MOU_TEAM}; {_US_MOU_TEAM}",
        summary=(
            "First round after the joint statement of 4 February. The US tabled a complete draft MoU; the EU "
            "gave its list of topics and asked that the text respect the Union's competence for trade policy. "
            "Both sides confirmed they aim to finish within 30 days."
        ),
        outcomes="US draft taken as the basis for negotiation; EU to table counter-proposals on Arts. 3, 5 and 10.",
        illustrative=True,
        actions=[
            dict(owner="EU", text="Table counter-proposals on Arts. 3, 5 and 10", due="2026-02-17", done=True),
            dict(owner="US", text="Circulate a note on the announced US stockpile for Art. 7", due="2026-02-17", done=True),
        ],
    ),
    dict(
        key="mou-2", track="MOU", number=2, date="2026-02-19", place="Washington", video=False,
        participants=f"{_EU_MOU_TEAM}, EU Delegation to the US; {_US_MOU_TEAM}, Department of Energy",
        summary=(
            "Reading of the US draft against the EU counter-proposals. Definitions and research were settled in "
            "principle; the price-support article and the US article on arrangements with individual Member "
            "States stayed in brackets. The US side confirmed it had held exploratory talks on pricing with "
            "several capitals."
        ),
        outcomes="Art. 6 agreed; Art. 10 bracketed in full; response-group article (Art. 8) tabled by the EU.",
        illustrative=True,
        actions=[
            dict(owner="US", text="Send revised price-support wording using 'explore' instead of 'establish'", due="2026-02-24", done=True),
            dict(owner="EU", text="Obtain the Trade Policy Committee's view on Arts. 7 and 8", due="2026-02-25", done=True),
            dict(owner="EU", text="Brief Member States' ambassadors on the US pricing contacts with capitals", due="2026-02-23", done=True),
        ],
    ),
    dict(
        key="mou-3", track="MOU", number=3, date="2026-02-26", place="Video call", video=True,
        participants="EU: DG TRADE, DG GROW, Legal Service; US: USTR, Department of State",
        summary=(
            "Three-hour call to clear the remaining brackets. The US withdrew its article on arrangements with "
            "Member States in exchange for work on a price floor in the Roadmap. Export-restriction exemptions "
            "were agreed on a best-endeavours basis with a notified security carve-out."
        ),
        outcomes="Art. 10 dropped; Arts. 1, 4, 5 and 7 agreed; price support and response group left for the last round.",
        illustrative=True,
        actions=[
            dict(owner="EU", text="Legal-linguistic scrub of the consolidated text", due="2026-03-02", done=True),
            dict(owner="US", text="Confirm interagency clearance of the consolidated text", due="2026-03-03", done=True),
        ],
    ),
    dict(
        key="mou-4", track="MOU", number=4, date="2026-03-04", place="Brussels", video=False,
        participants=f"{_EU_MOU_TEAM}, Legal Service; {_US_MOU_TEAM}",
        summary=(
            "Final round. The price-support article was settled on exploratory wording with the Union's "
            "competence stated, and the response group, Roadmap and final provisions were closed. The text "
            "was initialled for signature on 6 March."
        ),
        outcomes="Whole text agreed; MoU signed on 6 March 2026, the 30th day after the joint statement.",
        illustrative=True,
        actions=[
            dict(owner="EU", text="Nominate the EU members of the response group (Art. 8)", due="2026-05-05", done=True),
            dict(owner="US", text="Nominate the US members of the response group (Art. 8)", due="2026-05-05", done=True),
            dict(owner="US", text="Propose dates for the first Roadmap round", due="2026-03-13", done=True),
        ],
    ),
    # --- Strategic Partnership Roadmap: March to May, deadline 6 June missed -------------------------
    dict(
        key="roadmap-1", track="ROADMAP", number=1, date="2026-03-24", place="Washington", video=False,
        participants="EU: DG TRADE (lead), DG GROW, EU Delegation to the US; US: USTR (lead), Department of Commerce, Department of the Treasury",
        summary=(
            "Kick-off under Art. 9 of the MoU. The US tabled an outline built around a reference price and a "
            "price floor for rare-earth oxides and magnets, again open to arrangements with individual Member "
            "States. The EU proposed starting with the project pipeline and the response group's work programme."
        ),
        outcomes="Three-round calendar agreed to meet the 6 June deadline; EU to seek a legal opinion on competence.",
        illustrative=True,
        actions=[
            dict(owner="EU", text="Table an outline of the joint project pipeline", due="2026-04-07", done=True),
            dict(owner="US", text="Share the US concept paper on a price floor", due="2026-04-07", done=True),
            dict(owner="EU", text="Request a Legal Service opinion on Union competence for a price-floor mechanism", due="2026-04-14", done=True),
        ],
    ),
    dict(
        key="roadmap-2", track="ROADMAP", number=2, date="2026-04-21", place="Video call", video=True,
        participants="EU: DG TRADE, DG GROW, Legal Service; US: USTR, Department of Commerce",
        summary=(
            "Detailed discussion of the US price-floor paper. The US referred once more to its contacts with "
            "Member States; the EU replied that any pricing mechanism touching trade is negotiated by the Union. "
            "The project pipeline and the response-group programme moved forward."
        ),
        outcomes="EU to table a compromise based on a joint feasibility study; US to provide import-price data.",
        illustrative=True,
        actions=[
            dict(owner="US", text="Provide 24 months of import-price data for NdPr oxide and sintered magnets", due="2026-05-05", done=False),
            dict(owner="EU", text="Draft compromise text on a joint price-floor feasibility study", due="2026-05-12", done=True),
        ],
    ),
    dict(
        key="roadmap-3", track="ROADMAP", number=3, date="2026-05-28", place="Brussels", video=False,
        participants="EU: DG TRADE (lead), DG GROW, DG RTD, Legal Service; US: USTR (lead), Department of State, Department of Commerce",
        summary=(
            "Last scheduled round before the 6 June deadline. The project pipeline was agreed ad referendum; the "
            "price floor and trade-defence coordination stayed bracketed. Both sides acknowledged that the "
            "Roadmap would not be adopted by 6 June and agreed to continue at technical level."
        ),
        outcomes="Deadline will be missed; joint feasibility study on a price floor to be delivered by 31 October.",
        illustrative=True,
        actions=[
            dict(owner="EU", text="Deliver the joint price-floor feasibility study with the US", due="2026-10-31", done=False),
            dict(owner="US", text="Propose a new calendar for concluding the Roadmap", due="2026-06-19", done=False),
            dict(owner="EU", text="Inform the Council that the 6 June deadline will be missed", due="2026-06-05", done=True),
        ],
    ),
    # --- US–EU–Japan Action Plans: spread over the year ----------------------------------------------
    dict(
        key="action-1", track="ACTION", number=1, date="2026-03-12", place="Tokyo", video=False,
        participants=(
            "Japan: 経済産業省 (METI), 外務省 (MOFA), JOGMEC; EU: DG TRADE, DG GROW, EU Delegation to Japan; "
            "US: Department of State, Department of Energy"
        ),
        summary=(
            "Opening trilateral round on the Action Plans foreseen in the joint statement. Japan offered to hold "
            "the pen on research and stockpiling, drawing on JOGMEC's experience; the US presented its stockpile "
            "announcement. The EU proposed co-financing of projects in third countries."
        ),
        outcomes="Japan to consolidate a first draft; the EU text on co-financing taken as a basis for Art. 1.",
        illustrative=True,
        actions=[
            dict(owner="JP", text="Circulate a first consolidated draft of the Action Plans", due="2026-05-15", done=True),
            dict(owner="US", text="Send a written note on the size and release rules of the US stockpile", due="2026-04-30", done=False),
        ],
    ),
    dict(
        key="action-2", track="ACTION", number=2, date="2026-06-17", place="Video call", video=True,
        participants="Japan: METI, MOFA, JOGMEC; EU: DG TRADE, DG GROW, DG RTD; US: Department of State, Department of Energy",
        summary=(
            "Reading of Japan's consolidated draft. Japan proposed common criteria for trusted supply chains and "
            "named the JOGMEC stockpile in the stockpiling article. The US undertook to share the release rules "
            "and target volumes of its stockpile by 30 September."
        ),
        outcomes="Arts. 1 to 4 on the table; joint purchasing and price coordination left open.",
        illustrative=True,
        actions=[
            dict(owner="US", text="Share the release rules and target volumes of the US stockpile", due="2026-09-30", done=False),
            dict(owner="EU", text="Circulate a note on the EU platform for joint purchasing of raw materials", due="2026-07-15", done=True),
        ],
    ),
    dict(
        key="action-3", track="ACTION", number=3, date="2026-09-09", place="Washington", video=False,
        participants="US: Department of State (lead), Department of Energy, USTR; Japan: METI, MOFA, Embassy of Japan; EU: DG TRADE, EU Delegation to the US",
        summary=(
            "Research article agreed. The US gave an oral briefing on stockpile release rules but no written data, "
            "and tabled a new article on coordinating price-support instruments. Japan asked for time to consult "
            "at home on anything touching prices."
        ),
        outcomes="Art. 4 agreed; Art. 5 (price coordination) tabled by the US; stockpiling still bracketed.",
        illustrative=True,
        actions=[
            dict(owner="JP", text="Table a Japanese counter-text on price-support coordination", due="2026-10-15", done=True),
            dict(owner="EU", text="Consult Member States on the trusted-supply criteria", due="2026-10-30", done=False),
        ],
    ),
    dict(
        key="action-4", track="ACTION", number=4, date="2026-11-04", place="Brussels", video=False,
        participants="EU: DG TRADE (lead), DG GROW, EEAS; Japan: METI, MOFA, Mission of Japan to the EU; US: Department of State, USTR",
        summary=(
            "Co-financing agreed ad referendum. Japan's counter-text turned the price article into an exchange of "
            "information, which the US accepted only as a first step. Joint purchasing and the ownership test in "
            "the trusted-supply criteria remain the main open points."
        ),
        outcomes="Japan to circulate a consolidated text for adoption by mid-December.",
        illustrative=True,
        actions=[
            dict(owner="JP", text="Circulate the consolidated draft of the Action Plans for adoption", due="2026-12-15", done=False),
            dict(owner="EU", text="Send EU comments on the ownership test in Art. 3", due="2026-11-20", done=False),
            dict(owner="US", text="Confirm whether Japan may observe the response-group exercise", due="2026-11-28", done=False),
        ],
    ),
    # --- US–Mexico 60-day action plan (EU follows from readouts) -------------------------------------
    dict(
        key="usmx-1", track="USMX", number=1, date="2026-02-24", place="Mexico City", video=False,
        participants="Mexico: Secretaría de Economía (lead), Secretaría de Relaciones Exteriores; US: USTR (lead), Department of Commerce, Department of State",
        summary=(
            "Opening round of the 60-day plan, known to us from the readouts of both sides. The US tabled a draft "
            "built on export-restriction exemptions and rules of origin; Mexico put processing capacity at home "
            "first. The Mexican lead said: «México no quiere ser sólo exportador de concentrados; queremos que el "
            "diseño del plan traiga inversión en refinación y empleo para los próximos años.»"
        ),
        outcomes="US draft taken as the basis; Mexico to table an article on investment in processing.",
        illustrative=True,
        actions=[
            dict(owner="US", text="Send the full draft text of the plan", due="2026-03-04", done=True),
            dict(owner="MX", text="Circulate Mexico's list of priority processing projects", due="2026-03-11", done=True),
        ],
    ),
    dict(
        key="usmx-2", track="USMX", number=2, date="2026-03-18", place="Washington", video=False,
        participants="US: USTR (lead), Department of Commerce; Mexico: Secretaría de Economía, Embajada de México en Washington",
        summary=(
            "Investment article agreed. Mexico accepted export-restriction exemptions in principle but kept its "
            "lithium regime outside the plan; rules of origin stayed open between 'mined or refined' and "
            "substantial transformation."
        ),
        outcomes="Art. 2 agreed; US to draft the working-group article.",
        illustrative=True,
        actions=[
            dict(owner="MX", text="Consult the Secretaría de Economía on the export-restriction wording", due="2026-04-01", done=True),
            dict(owner="US", text="Propose text on a bilateral working group", due="2026-04-01", done=True),
        ],
    ),
    dict(
        key="usmx-3", track="USMX", number=3, date="2026-04-08", place="Video call", video=True,
        participants="US: USTR, Department of Commerce; Mexico: Secretaría de Economía, Secretaría de Relaciones Exteriores",
        summary=(
            "Last round inside the 60 days. Export restrictions and the working group were closed; rules of origin "
            "could not be settled and were left out of the plan announced on 13 April."
        ),
        outcomes="Plan concluded within 60 days without the rules-of-origin article, which continues separately.",
        illustrative=True,
        actions=[
            dict(owner="US", text="Announce the action plan", due="2026-04-13", done=True),
            dict(owner="MX", text="Reply on the rules-of-origin article after internal consultations", due="2026-07-31", done=False),
        ],
    ),
]

_RED_LINE_BLOC = (
    "No bilateral price deals with individual Member States: a pricing mechanism affecting trade is "
    "negotiated by the Union (common commercial policy)."
)
_FALLBACK_STUDY = "Accept a joint price-floor study group instead of a binding floor."

CLAUSES = [
    # ============================== US–EU MoU ==============================
    dict(
        track="MOU", ref="Art. 1", title="Definitions", topic="other",
        minerals=["rare earths", "lithium", "cobalt", "nickel", "graphite", "gallium", "germanium"],
        status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "For the purposes of this Memorandum: (a) “critical minerals” means the minerals and elements "
                "listed in the Annex, including rare earth elements, lithium, cobalt, nickel, graphite, gallium "
                "and germanium, [as designated by the United States Geological Survey]; (b) “Participants” means "
                "the Government of the United States of America and the [European Commission]; (c) “non-market "
                "policies and practices” means measures taken by third countries that distort prices, output or "
                "trade in critical minerals, including state-directed overcapacity and export restrictions [used "
                "as an instrument of coercion]."
            )),
            dict(round="mou-2", party="EU", text=(
                "For the purposes of this Memorandum: (a) “critical minerals” means the minerals and elements "
                "listed in the Annex, including rare earth elements, lithium, cobalt, nickel, graphite, gallium "
                "and germanium, [as designated by the United States Geological Survey / as designated by either "
                "Participant under its own legislation]; (b) “Participants” means the Government of the United "
                "States of America and the European Union; (c) “non-market policies and practices” means measures "
                "taken by third countries that distort prices, output or trade in critical minerals, including "
                "state-directed overcapacity and export restrictions[, in particular where used as an instrument "
                "of coercion]."
            )),
            dict(round="mou-3", party="US", text=(
                "For the purposes of this Memorandum: (a) “critical minerals” means the minerals and elements "
                "listed in the Annex, including rare earth elements, lithium, cobalt, nickel, graphite, gallium "
                "and germanium, as designated by either Participant under its own legislation and reviewed jointly "
                "each year; (b) “Participants” means the Government of the United States of America and the "
                "European Union; (c) “non-market policies and practices” means measures taken by third countries "
                "that distort prices, output or trade in critical minerals, including state-directed overcapacity "
                "and export restrictions, in particular where used as an instrument of coercion."
            )),
        ],
        bracket_parties=[
            dict(text="European Commission", supporters=["US"], objectors=["EU"]),
            dict(
                text="as designated by the United States Geological Survey / as designated by either Participant under its own legislation",
                supporters=["EU"], objectors=[],
            ),
            dict(text=", in particular where used as an instrument of coercion", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="EU", round="mou-2", stance="accepts with amendments",
                 note="Wants designation under each Participant's own law and the Union, not the Commission, named as Participant.",
                 red_line="The Participant is the European Union, not the Commission alone.",
                 fallback="Accept a joint annual review of the Annex list.",
                 internal_note="Legal Service: naming the Commission would confine the MoU to Commission powers."),
            dict(party="US", round="mou-2", stance="reserves",
                 note="Prefers a single US Geological Survey list; will revert."),
            dict(party="US", round="mou-3", stance="supports",
                 note="Accepts own-law designation in return for a joint annual review of the Annex."),
            dict(party="EU", round="mou-3", stance="supports",
                 note="Both EU points are reflected.",
                 internal_note="Closed; no further instructions needed."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 2", title="Joint critical-mineral projects", topic="joint projects",
        minerals=["rare earths", "lithium", "graphite", "nickel"], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall identify and support joint projects across the critical-minerals value "
                "chain, including exploration, extraction, processing, refining, magnet manufacturing and "
                "recycling, in their territories and in third countries. To this end, the Participants shall "
                "establish a joint project pipeline within 30 days of signature and shall coordinate the use of "
                "their public financing instruments, including [the U.S. International Development Finance "
                "Corporation and the Export-Import Bank of the United States]. Projects selected under this "
                "Article shall meet high environmental, social and governance standards."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants [shall / will] identify and support joint projects across the critical-minerals "
                "value chain, including exploration, extraction, processing, refining, magnet manufacturing and "
                "recycling, in their territories and in third countries. To this end, the Participants will "
                "establish a joint project pipeline [within 30 days / within 60 days] of signature and will "
                "coordinate the use of their public financing instruments, including the U.S. International "
                "Development Finance Corporation, the Export-Import Bank of the United States, the European "
                "Investment Bank and [the Global Gateway strategy]. Projects selected under this Article shall meet "
                "high environmental, social and governance standards [consistent with the strategic-project "
                "criteria of the Critical Raw Materials Act]."
            )),
            dict(round="mou-4", party="US", text=(
                "The Participants will identify and support joint projects across the critical-minerals value "
                "chain, including exploration, extraction, processing, refining, magnet manufacturing and "
                "recycling, in their territories and in third countries. To this end, the Participants will "
                "establish a joint project pipeline within 60 days of signature and will coordinate the use of "
                "their public financing instruments, including the U.S. International Development Finance "
                "Corporation, the Export-Import Bank of the United States, the European Investment Bank and "
                "instruments under the Global Gateway strategy. Projects selected under this Article should meet "
                "high environmental, social and governance standards, taking into account the criteria each "
                "Participant applies to strategic projects."
            )),
        ],
        bracket_parties=[
            dict(text="within 30 days / within 60 days", supporters=["EU"], objectors=["US"]),
            dict(text="consistent with the strategic-project criteria of the Critical Raw Materials Act",
                 supporters=["EU"], objectors=["US"]),
        ],
        positions=[
            dict(party="US", round="mou-2", stance="accepts with amendments",
                 note="Wants the pipeline within 30 days and US finance agencies named first."),
            dict(party="EU", round="mou-2", stance="accepts with amendments",
                 note="Proposes 60 days, adds EU instruments and ties standards to the Critical Raw Materials Act.",
                 red_line="EU funding decisions stay with EU institutions; no US say over which EU projects are funded.",
                 fallback="List financing instruments as examples only ('including').",
                 internal_note="DG INTPA asked for Global Gateway to be named."),
            dict(party="US", round="mou-4", stance="supports",
                 note="Accepts 60 days and 'should' on standards."),
            dict(party="EU", round="mou-4", stance="supports",
                 note="Agreed as drafted.",
                 internal_note="Pipeline due 5 May; flag to DG GROW."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 3", title="Price-support mechanisms", topic="price support",
        minerals=["rare earths", "gallium", "germanium"], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall establish price-support mechanisms, including a reference price and a "
                "price floor for rare earth oxides, permanent magnets, gallium and germanium, in order to protect "
                "producers and refiners in their territories against sustained below-cost imports. [Each "
                "Participant may implement such mechanisms jointly with one or more Member States of the European "
                "Union.] The mechanisms shall be operational [within 30 days / within 60 days] of signature of "
                "this Memorandum."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants [shall / should] explore price-support mechanisms, including [a reference price "
                "[and a price floor]] for rare earth oxides, permanent magnets, gallium and germanium, in order to "
                "protect producers and refiners in their territories against sustained below-cost imports "
                "resulting from non-market policies and practices. Any such mechanism affecting trade shall be "
                "developed between the Participants, the European Union acting in accordance with its "
                "competences. The Participants will report on the results of this work [within 60 days of "
                "signature / in the Strategic Partnership Roadmap]."
            )),
            dict(round="mou-3", party="US", text=(
                "The Participants should explore price-support mechanisms, including [a reference price [and a "
                "price floor]] for rare earth oxides, permanent magnets, gallium and germanium, in order to "
                "protect producers and refiners in their territories against sustained below-cost imports "
                "resulting from non-market policies and practices. Any such mechanism affecting trade shall be "
                "developed between the Participants, the European Union acting in accordance with its "
                "competences[, without prejudice to cooperation with individual Member States on matters within "
                "their competence]. The Participants will report on the results of this work in the Strategic "
                "Partnership Roadmap."
            )),
            dict(round="mou-4", party="EU", text=(
                "The Participants should explore price-support mechanisms, including a reference price and the "
                "feasibility of a price floor, for rare earth oxides, permanent magnets, gallium and germanium, in "
                "order to protect producers and refiners in their territories against sustained below-cost imports "
                "resulting from non-market policies and practices. Any such mechanism affecting trade shall be "
                "developed between the Participants, the European Union acting in accordance with its "
                "competences. The Participants will report on the results of this work in the Strategic "
                "Partnership Roadmap."
            )),
        ],
        bracket_parties=[
            dict(text="Each Participant may implement such mechanisms jointly with one or more Member States of the European Union.",
                 supporters=["US"], objectors=["EU"]),
            dict(text="a reference price [and a price floor]", supporters=["US"], objectors=[]),
            dict(text="and a price floor", supporters=["US"], objectors=["EU"]),
            dict(text=", without prejudice to cooperation with individual Member States on matters within their competence",
                 supporters=["US"], objectors=["EU"]),
        ],
        positions=[
            dict(party="US", round="mou-1", stance="supports",
                 note="Tabled an operational price floor, open to implementation with individual Member States."),
            dict(party="EU", round="mou-1", stance="opposes",
                 note="Cannot accept a floor operational within weeks, nor implementation with individual Member States.",
                 red_line=_RED_LINE_BLOC, fallback=_FALLBACK_STUDY,
                 internal_note=(
                     "The US has sounded out several capitals on pricing since January; capitals asked to refer any "
                     "approach to the Commission. No names in shareable documents."
                 )),
            dict(party="US", round="mou-3", stance="accepts with amendments",
                 note="Accepts 'explore' but wants a 'without prejudice' reference to Member States."),
            dict(party="EU", round="mou-3", stance="reserves",
                 note="Reserves on the 'without prejudice' phrase, which would reopen bilateral tracks.",
                 red_line=_RED_LINE_BLOC,
                 fallback="Refer the price floor to a feasibility study in the Roadmap.",
                 internal_note="Trade Policy Committee backed the bloc approach without dissent."),
            dict(party="US", round="mou-4", stance="supports",
                 note="Drops the Member State phrase; expects the Roadmap to deliver a floor."),
            dict(party="EU", round="mou-4", stance="supports",
                 note="Exploratory wording and the Union's competence are secured.",
                 red_line=_RED_LINE_BLOC,
                 internal_note="Expect the US to return to a binding floor in the Roadmap."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 4", title="Shielding markets from oversupply and manipulation", topic="market protection",
        minerals=["rare earths", "graphite", "gallium"], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall coordinate measures to shield their markets from the oversupply of "
                "critical minerals originating in third countries and from other forms of market manipulation, "
                "including [the joint application of tariffs and import restrictions] against products benefiting "
                "from non-market policies and practices, so as to preserve the viability of producers and refiners "
                "in their territories. The Participants shall exchange information on prices, capacity and trade "
                "flows on a monthly basis."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants [shall / will] cooperate to shield their markets from the oversupply of critical "
                "minerals originating in third countries and from other forms of market manipulation, including "
                "[through the coordinated use of their respective trade-defence instruments, consistent with their "
                "WTO obligations], so as to preserve the viability of producers and refiners in their territories. "
                "The Participants shall exchange information on prices, capacity and trade flows "
                "[on a monthly basis / at least quarterly], subject to their rules on confidential business "
                "information."
            )),
            dict(round="mou-3", party="US", text=(
                "The Participants will cooperate to shield their markets from the oversupply of critical minerals "
                "originating in third countries and from other forms of market manipulation, including through the "
                "coordinated use of their respective trade-defence instruments, consistent with their WTO "
                "obligations, so as to preserve the viability of producers and refiners in their territories. The "
                "Participants will exchange information on prices, capacity and trade flows at "
                "least quarterly, subject to their rules on confidential business information."
            )),
        ],
        bracket_parties=[
            dict(text="the joint application of tariffs and import restrictions", supporters=["US"], objectors=["EU"]),
            dict(text="on a monthly basis / at least quarterly", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="EU", round="mou-1", stance="opposes",
                 note="Joint tariffs are not acceptable; trade defence stays within each side's own instruments and WTO rules.",
                 red_line="No commitment to joint tariffs or to measures outside WTO rules.",
                 fallback="Coordination of trade-defence investigations only."),
            dict(party="US", round="mou-3", stance="supports",
                 note="Accepts coordinated trade defence and a quarterly exchange."),
            dict(party="EU", round="mou-3", stance="supports",
                 note="WTO consistency and confidentiality safeguards are in the text.",
                 red_line="No commitment to joint tariffs or to measures outside WTO rules.",
                 internal_note="Trade-defence directorate cleared the text."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 5", title="Mutual exemption from export restrictions on raw minerals",
        topic="export-restriction exemptions", minerals=["rare earths", "lithium", "cobalt", "graphite"],
        status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "Neither Participant shall apply export duties, licensing requirements or other export "
                "restrictions on raw critical minerals, ores, concentrates or scrap destined for the territory of "
                "the other Participant. Where a Participant introduces an export restriction on critical minerals "
                "with respect to third countries, it shall exempt the other Participant [automatically]. [This "
                "Article shall not apply to measures that a Participant considers necessary for the protection of "
                "its essential security interests.]"
            )),
            dict(round="mou-2", party="EU", text=(
                "Each Participant [shall / will endeavour to] exempt the other Participant from export duties, "
                "licensing requirements or other export restrictions on raw critical minerals, ores, concentrates "
                "or scrap. Where a Participant introduces an export restriction on critical minerals with respect "
                "to third countries, it shall [consult the other Participant in advance and] exempt the other "
                "Participant [within 30 days / within 60 days]. This Article shall not apply to measures that a "
                "Participant considers necessary for the protection of its essential security interests[, provided "
                "they are notified to the other Participant]."
            )),
            dict(round="mou-3", party="US", text=(
                "Each Participant will endeavour to exempt the other Participant from export duties, licensing "
                "requirements or other export restrictions on raw critical minerals, ores, concentrates or scrap. "
                "Where a Participant introduces an export restriction on critical minerals with respect to third "
                "countries, it will consult the other Participant in advance and will endeavour to exempt the other "
                "Participant within 60 days. This Article shall not apply to measures that a Participant considers "
                "necessary for the protection of its essential security interests, provided they are notified to "
                "the other Participant."
            )),
        ],
        bracket_parties=[
            dict(text="shall / will endeavour to", supporters=["EU"], objectors=["US"]),
            dict(text="within 30 days / within 60 days", supporters=["EU"], objectors=[]),
            dict(text=", provided they are notified to the other Participant", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="mou-2", stance="accepts with amendments",
                 note="Accepts the security carve-out but wants the exemption automatic and within 30 days."),
            dict(party="EU", round="mou-2", stance="accepts with amendments",
                 note="Prefers best-endeavours wording, prior consultation and 60 days.",
                 red_line="No obligation that pre-empts EU measures on scrap or under the Critical Raw Materials Act.",
                 fallback="Best-endeavours exemption with prior consultation.",
                 internal_note="DG GROW is reviewing scrap-export measures; keep room."),
            dict(party="US", round="mou-3", stance="supports",
                 note="Agrees to 'will endeavour to' with prior consultation."),
            dict(party="EU", round="mou-3", stance="supports",
                 note="Best-endeavours and notification secured.",
                 red_line="No obligation that pre-empts EU measures on scrap or under the Critical Raw Materials Act."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 6", title="Research and innovation cooperation", topic="R&D and innovation",
        minerals=["rare earths", "lithium", "graphite"], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall promote cooperation in research, development and innovation on the "
                "exploration, processing, substitution and recycling of critical minerals, including through joint "
                "calls for proposals, researcher exchanges and shared testing facilities. Cooperation under this "
                "Article shall be implemented through [the existing EU–US science and technology agreement / a new "
                "implementing arrangement to be concluded within 60 days] and shall protect intellectual property "
                "in accordance with the laws of each Participant."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants will promote cooperation in research, development and innovation on the "
                "exploration, processing, substitution and recycling of critical minerals, including through joint "
                "calls for proposals, researcher exchanges and shared testing facilities, and will encourage the "
                "participation of Horizon Europe beneficiaries and United States national laboratories. Cooperation "
                "under this Article will be implemented through the existing EU–US science and technology agreement "
                "and shall protect intellectual property in accordance with the laws of each Participant."
            )),
        ],
        bracket_parties=[
            dict(
                text="the existing EU–US science and technology agreement / a new implementing arrangement to be concluded within 60 days",
                supporters=["EU"], objectors=[],
            ),
        ],
        positions=[
            dict(party="US", round="mou-2", stance="supports",
                 note="Accepts the existing science and technology agreement as the vehicle."),
            dict(party="EU", round="mou-2", stance="supports",
                 note="No new implementing arrangement needed.",
                 internal_note="DG RTD content with the text."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 7", title="Stockpiling and prevention of disruptions", topic="stockpiling",
        minerals=["rare earths", "gallium", "germanium", "cobalt"], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall cooperate to prevent supply disruptions, including through stockpiling. "
                "The United States shall inform the European Union of the composition and release rules of its "
                "announced critical-minerals stockpile [to the extent permitted by its national security laws]. The "
                "European Union shall [establish a Union stockpile of critical minerals / coordinate the stockpiles "
                "of its Member States] [within 30 days / within 60 days], and the Participants shall coordinate "
                "purchases and releases so as not to disturb markets."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants will cooperate to prevent supply disruptions, including through stockpiling. The "
                "United States will inform the European Union of the composition and release rules of its announced "
                "critical-minerals stockpile to the extent permitted by its national security laws. The European "
                "Union will [coordinate the stockpiles of its Member States and explore joint purchasing], and the "
                "Participants [shall / will] consult before major purchases or releases so as not to disturb "
                "markets."
            )),
            dict(round="mou-3", party="US", text=(
                "The Participants will cooperate to prevent supply disruptions, including through stockpiling. The "
                "United States will inform the European Union of the composition and release rules of its announced "
                "critical-minerals stockpile to the extent permitted by its national security laws. The European "
                "Union will coordinate the stockpiling activities of its Member States and explore joint purchasing, "
                "and the Participants will consult before major purchases or releases so as not to disturb markets."
            )),
        ],
        bracket_parties=[
            dict(text="establish a Union stockpile of critical minerals / coordinate the stockpiles of its Member States",
                 supporters=["US"], objectors=["EU"]),
            dict(text="coordinate the stockpiles of its Member States and explore joint purchasing", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="mou-1", stance="supports",
                 note="Wants the EU to set up a Union stockpile quickly, alongside the announced US stockpile."),
            dict(party="EU", round="mou-1", stance="reserves",
                 note="No mandate for a Union stockpile; stockpiling is largely done by Member States.",
                 red_line="No commitment to a Union stockpile or to a date for one.",
                 fallback="Coordinate Member State stockpiles and explore joint purchasing.",
                 internal_note="Council has not discussed a Union stockpile; do not signal one."),
            dict(party="US", round="mou-3", stance="supports",
                 note="Accepts EU coordination of Member State stockpiling."),
            dict(party="EU", round="mou-3", stance="supports",
                 note="Text within the EU mandate.",
                 red_line="No commitment to a Union stockpile or to a date for one."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 8", title="EU–US response group", topic="response group",
        minerals=[], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-2", party="EU", text=(
                "The Participants shall establish an EU–US response group on critical minerals, composed of senior "
                "officials of each Participant, to monitor supply risks, share early-warning information and "
                "coordinate responses to disruptions, export restrictions or other coercive measures by third "
                "countries. The response group shall meet [at least twice a year / at least quarterly] and [within "
                "72 hours] of a request by either Participant. It shall be co-chaired by the European Commission and "
                "the Office of the United States Trade Representative."
            )),
            dict(round="mou-3", party="US", text=(
                "The Participants will establish an EU–US response group on critical minerals, composed of senior "
                "officials of each Participant, to monitor supply risks, share early-warning information and "
                "coordinate responses to disruptions, export restrictions or other coercive measures by third "
                "countries. The response group will meet at least quarterly and [within 72 hours / within seven "
                "days] of a request by either Participant. It will be co-chaired by the European Commission and [the "
                "Department of State / the Office of the United States Trade Representative]. Members of the "
                "response group shall be nominated [within 30 days / within 60 days] of signature."
            )),
            dict(round="mou-4", party="EU", text=(
                "The Participants will establish an EU–US response group on critical minerals, composed of senior "
                "officials of each Participant, to monitor supply risks, share early-warning information and "
                "coordinate responses to disruptions, export restrictions or other coercive measures by third "
                "countries. The response group will meet at least quarterly and within seven days of a request by "
                "either Participant. It will be co-chaired by the European Commission and the Department of State. "
                "Members of the response group should be nominated within 60 days of signature."
            )),
        ],
        bracket_parties=[
            dict(text="within 72 hours / within seven days", supporters=["EU"], objectors=[]),
            dict(text="the Department of State / the Office of the United States Trade Representative", supporters=["US"], objectors=[]),
            dict(text="within 30 days / within 60 days", supporters=["EU"], objectors=["US"]),
        ],
        positions=[
            dict(party="US", round="mou-3", stance="accepts with amendments",
                 note="Wants the State Department as US co-chair and nominations within 30 days."),
            dict(party="EU", round="mou-3", stance="accepts with amendments",
                 note="Accepts seven days to convene; prefers 60 days for nominations.",
                 red_line="The group coordinates; it takes no decisions that bind the Union.",
                 fallback="Accept the State Department as co-chair.",
                 internal_note="EEAS wants a seat in the EU delegation to the group."),
            dict(party="US", round="mou-4", stance="supports", note="Agreed."),
            dict(party="EU", round="mou-4", stance="supports", note="Agreed.",
                 red_line="The group coordinates; it takes no decisions that bind the Union.",
                 internal_note="Nominations due 5 May 2026."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 9", title="Strategic Partnership Roadmap", topic="other",
        minerals=[], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "The Participants shall develop a Strategic Partnership Roadmap setting out concrete deliverables, "
                "timelines and responsible authorities for the cooperation under this Memorandum, including [a "
                "price-floor mechanism] and a pipeline of joint projects. The Roadmap shall be adopted [within 30 "
                "days / within three months] of signature of this Memorandum and shall be reviewed annually by the "
                "Participants at senior-official level."
            )),
            dict(round="mou-2", party="EU", text=(
                "The Participants [shall / will] develop a Strategic Partnership Roadmap setting out concrete "
                "deliverables, timelines and responsible authorities for the cooperation under this Memorandum, "
                "including a pipeline of joint projects, a work programme for the response group and [the results "
                "of the work on price-support mechanisms under Article 3]. The Roadmap will be adopted within three "
                "months of signature of this Memorandum and shall be reviewed annually by the Participants at "
                "senior-official level."
            )),
            dict(round="mou-4", party="US", text=(
                "The Participants will develop a Strategic Partnership Roadmap setting out concrete deliverables, "
                "timelines and responsible authorities for the cooperation under this Memorandum, including a "
                "pipeline of joint projects, a work programme for the response group and the results of the work on "
                "price-support mechanisms under Article 3. The Roadmap will be adopted within three months of "
                "signature of this Memorandum and will be reviewed annually by the Participants at senior-official "
                "level."
            )),
        ],
        bracket_parties=[
            dict(text="a price-floor mechanism", supporters=["US"], objectors=["EU"]),
            dict(text="the results of the work on price-support mechanisms under Article 3", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="mou-2", stance="accepts with amendments",
                 note="Wants the price floor named as a Roadmap deliverable."),
            dict(party="EU", round="mou-2", stance="accepts with amendments",
                 note="Three months, and the price work described by reference to Art. 3.",
                 red_line="The Roadmap must not pre-commit the Union to a price floor.",
                 fallback="Refer to 'the results of the work under Article 3'."),
            dict(party="US", round="mou-4", stance="supports", note="Agreed."),
            dict(party="EU", round="mou-4", stance="supports", note="Agreed.",
                 internal_note="Three months from signature runs to 6 June 2026."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 10", title="Arrangements with individual Member States", topic="price support",
        minerals=["rare earths"], status="dropped", illustrative=True,
        versions=[
            dict(round="mou-1", party="US", text=(
                "Nothing in this Memorandum shall prevent the United States from concluding arrangements with one "
                "or more Member States of the European Union on price-support mechanisms, offtake agreements or the "
                "financing of critical-minerals projects, provided that such arrangements are consistent with the "
                "objectives of this Memorandum. The United States shall inform the European Union of such "
                "arrangements [within 30 days of their conclusion]."
            )),
            dict(round="mou-2", party="EU", text=(
                "[Nothing in this Memorandum shall prevent the United States from concluding arrangements with one "
                "or more Member States of the European Union on price-support mechanisms, offtake agreements or the "
                "financing of critical-minerals projects, provided that such arrangements are consistent with the "
                "objectives of this Memorandum and with the competences of the European Union. The United States "
                "shall inform the European Union of such arrangements before their conclusion.]"
            )),
        ],
        bracket_parties=[
            dict(
                text=(
                    "Nothing in this Memorandum shall prevent the United States from concluding arrangements with one "
                    "or more Member States of the European Union on price-support mechanisms, offtake agreements or the "
                    "financing of critical-minerals projects, provided that such arrangements are consistent with the "
                    "objectives of this Memorandum and with the competences of the European Union. The United States "
                    "shall inform the European Union of such arrangements before their conclusion."
                ),
                supporters=["US"], objectors=["EU"],
            ),
        ],
        positions=[
            dict(party="US", round="mou-2", stance="supports",
                 note="Insists on freedom to conclude pricing and offtake arrangements with Member States."),
            dict(party="EU", round="mou-2", stance="opposes",
                 note="Whole article bracketed: pricing and trade arrangements with Member States cut across Union competence.",
                 red_line=_RED_LINE_BLOC,
                 fallback="None: the article must go.",
                 internal_note="Coreper informed; Member States confirmed they will not engage bilaterally on pricing."),
            dict(party="US", round="mou-3", stance="no position",
                 note="Withdrew the article in exchange for price-floor work in the Roadmap."),
            dict(party="EU", round="mou-3", stance="opposes",
                 note="Welcomes the deletion.",
                 internal_note="Watch for the same idea in the Roadmap."),
        ],
    ),
    dict(
        track="MOU", ref="Art. 11", title="Final provisions", topic="other",
        minerals=[], status="agreed", illustrative=True,
        versions=[
            dict(round="mou-3", party="US", text=(
                "This Memorandum does not create legally binding obligations under international or domestic law "
                "[and shall not give rise to any financial commitment]. It shall take effect on the date of its "
                "signature and [shall / may] be modified by mutual written consent of the Participants. Either "
                "Participant may discontinue its participation by giving [30 days' / 90 days'] written notice to the "
                "other Participant. The Participants shall review the implementation of this Memorandum annually."
            )),
            dict(round="mou-4", party="EU", text=(
                "This Memorandum does not create legally binding obligations under international or domestic law "
                "and does not give rise to any financial commitment. It will take effect on the date of its "
                "signature and may be modified by mutual written consent of the Participants. Either Participant may "
                "discontinue its participation by giving 90 days' written notice to the other Participant. The "
                "Participants will review the implementation of this Memorandum annually, the first review taking "
                "place no later than twelve months after signature."
            )),
        ],
        bracket_parties=[
            dict(text="30 days' / 90 days'", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="mou-3", stance="supports", note="Tabled standard final provisions."),
            dict(party="EU", round="mou-3", stance="accepts with amendments",
                 note="'Shall' does not fit a non-binding text; prefers 90 days' notice.",
                 internal_note="Legal Service to check the non-binding wording throughout."),
            dict(party="US", round="mou-4", stance="supports", note="Agreed."),
            dict(party="EU", round="mou-4", stance="supports", note="Agreed.",
                 internal_note="First review due by 6 March 2027."),
        ],
    ),
    # ============================== Strategic Partnership Roadmap ==============================
    dict(
        track="ROADMAP", ref="Art. 1", title="Pipeline of joint projects", topic="joint projects",
        minerals=["rare earths", "lithium", "graphite", "nickel"], status="agreed ad referendum", illustrative=True,
        versions=[
            dict(round="roadmap-1", party="EU", text=(
                "The Participants will establish a pipeline of joint critical-mineral projects, to be updated every "
                "six months. In a first phase, the Participants will select [up to ten / at least five] projects in "
                "processing, refining and recycling, of which [at least two] shall be located in third countries "
                "that are parties to a partnership with either Participant. Selection shall be based on the criteria "
                "set out in Annex I and shall take into account the strategic projects already recognised by either "
                "Participant."
            )),
            dict(round="roadmap-2", party="US", text=(
                "The Participants will establish a pipeline of joint critical-mineral projects, to be updated every "
                "six months. In a first phase, the Participants will select at least five projects in processing, "
                "refining, magnet manufacturing and recycling, of which [at least two] shall be located in third "
                "countries that are parties to a partnership with either Participant. Selection shall be based on "
                "the criteria set out in Annex I, [giving priority to projects with offtake commitments from buyers "
                "in the territories of the Participants,] and shall take into account the strategic projects "
                "already recognised by either Participant."
            )),
            dict(round="roadmap-3", party="EU", text=(
                "The Participants will establish a pipeline of joint critical-mineral projects, to be updated every "
                "six months. In a first phase, the Participants will select at least five projects in processing, "
                "refining, magnet manufacturing and recycling, of which at least two should be located in third "
                "countries that are parties to a partnership with either Participant. Selection shall be based on "
                "the criteria set out in Annex I, taking into account offtake commitments from buyers in the "
                "territories of the Participants and the strategic projects already recognised by either "
                "Participant."
            )),
        ],
        bracket_parties=[
            dict(text="up to ten / at least five", supporters=["EU"], objectors=[]),
            dict(text="giving priority to projects with offtake commitments from buyers in the territories of the Participants,",
                 supporters=["US"], objectors=["EU"]),
        ],
        positions=[
            dict(party="US", round="roadmap-2", stance="accepts with amendments",
                 note="Wants priority for projects with offtake to buyers in the Participants' territories."),
            dict(party="EU", round="roadmap-2", stance="accepts with amendments",
                 note="Offtake can be a factor, not a priority rule.",
                 red_line="Third-country projects must meet the standards of EU strategic projects.",
                 fallback="'Should' for the third-country share."),
            dict(party="US", round="roadmap-3", stance="supports", note="Agreed ad referendum."),
            dict(party="EU", round="roadmap-3", stance="supports", note="Agreed ad referendum.",
                 internal_note="Pending the Trade Policy Committee's confirmation."),
        ],
    ),
    dict(
        track="ROADMAP", ref="Art. 2", title="Reference price and price-floor mechanism", topic="price support",
        minerals=["rare earths", "gallium", "germanium"], status="bracketed", illustrative=True,
        versions=[
            dict(round="roadmap-1", party="US", text=(
                "The Participants shall establish a price-floor mechanism for neodymium-praseodymium oxide, "
                "dysprosium and terbium oxides, sintered permanent magnets, gallium and germanium. Where the import "
                "price of a covered product falls below the reference price set by the Participants, each "
                "Participant shall [apply a variable import charge / provide a compensatory payment to qualifying "
                "producers] equal to the difference. [The United States may agree the reference price and its "
                "implementation with individual Member States of the European Union.] The mechanism shall be "
                "operational by 1 January 2027."
            )),
            dict(round="roadmap-2", party="EU", text=(
                "The Participants [shall / should] [establish / assess the feasibility of] a price-floor mechanism "
                "for neodymium-praseodymium oxide, dysprosium and terbium oxides, sintered permanent magnets, "
                "gallium and germanium. Where the import price of a covered product falls below the reference price "
                "set by the Participants, each Participant [shall / may] [apply a variable import charge / provide a "
                "compensatory payment to qualifying producers], consistent with its WTO obligations. Any mechanism "
                "affecting trade shall be agreed between the Participants; on the side of the European Union, it "
                "shall be negotiated and implemented by the Union in accordance with its exclusive competence for "
                "the common commercial policy. The Participants will decide on operation [by 1 January 2027 / "
                "following a joint feasibility study]."
            )),
            dict(round="roadmap-3", party="US", text=(
                "The Participants [shall / should] establish a price-floor mechanism for neodymium-praseodymium "
                "oxide, dysprosium and terbium oxides, sintered permanent magnets, gallium and germanium[, subject "
                "to the conclusions of a joint feasibility study to be completed by 31 October 2026]. Where the "
                "import price of a covered product falls below the reference price set by the Participants, each "
                "Participant may [apply a variable import charge / provide a compensatory payment to qualifying "
                "producers], consistent with its WTO obligations. Any mechanism affecting trade shall be agreed "
                "between the Participants; on the side of the European Union, it shall be negotiated and implemented "
                "by the Union in accordance with its exclusive competence for the common commercial policy[, without "
                "prejudice to contributions by Member States to producer support]. The Participants will decide on "
                "operation [by 1 January 2027 / following the joint feasibility study]."
            )),
        ],
        bracket_parties=[
            dict(text="The United States may agree the reference price and its implementation with individual Member States of the European Union.",
                 supporters=["US"], objectors=["EU"]),
            dict(text="establish / assess the feasibility of", supporters=["EU"], objectors=["US"]),
            dict(text="apply a variable import charge / provide a compensatory payment to qualifying producers",
                 supporters=["US"], objectors=[]),
            dict(text=", subject to the conclusions of a joint feasibility study to be completed by 31 October 2026",
                 supporters=["EU"], objectors=["US"]),
            dict(text=", without prejudice to contributions by Member States to producer support",
                 supporters=["US"], objectors=["EU"]),
        ],
        positions=[
            dict(party="US", round="roadmap-1", stance="supports",
                 note="Tabled a binding floor with an import charge or producer payments, open to deals with individual Member States."),
            dict(party="EU", round="roadmap-1", stance="opposes",
                 note="The binding floor and the Member State sentence are unacceptable as drafted.",
                 red_line=_RED_LINE_BLOC, fallback=_FALLBACK_STUDY,
                 internal_note="Legal Service opinion on competence requested."),
            dict(party="US", round="roadmap-3", stance="supports",
                 note="Accepts a study only as a condition, not a substitute, and keeps a reference to Member State support."),
            dict(party="EU", round="roadmap-3", stance="reserves",
                 note="Can accept a study-led approach; reserves on any reference to Member State contributions.",
                 red_line=_RED_LINE_BLOC, fallback=_FALLBACK_STUDY,
                 internal_note=(
                     "Two capitals told the US they are open to a bilateral pilot; the Commission raised it at "
                     "Coreper. Not for shareable briefings."
                 )),
        ],
    ),
    dict(
        track="ROADMAP", ref="Art. 3", title="Coordinated trade defence against oversupply and manipulation",
        topic="market protection", minerals=["rare earths", "graphite", "gallium", "germanium"], status="bracketed",
        illustrative=True,
        versions=[
            dict(round="roadmap-1", party="US", text=(
                "The Participants shall coordinate the initiation of trade-remedy investigations concerning imports "
                "of critical minerals and derived products benefiting from non-market policies and practices, and "
                "shall [apply measures of equivalent effect] [within 30 days / within 60 days] of a determination by "
                "either Participant. The Participants shall establish a joint market-monitoring unit to detect price "
                "manipulation, including coordinated below-cost sales and hoarding by state-linked traders."
            )),
            dict(round="roadmap-3", party="EU", text=(
                "The Participants will coordinate, to the extent possible, the initiation of trade-remedy "
                "investigations concerning imports of critical minerals and derived products benefiting from "
                "non-market policies and practices, and [shall / will endeavour to] [apply measures of equivalent "
                "effect / take into account each other's findings] in their own investigations, in accordance with "
                "their respective laws and WTO obligations. The Participants will establish a joint "
                "market-monitoring unit to detect price manipulation, including coordinated below-cost sales and "
                "hoarding by state-linked traders[, hosted by the response group established under Article 8 of the "
                "Memorandum]."
            )),
        ],
        bracket_parties=[
            dict(text="apply measures of equivalent effect", supporters=["US"], objectors=["EU"]),
            dict(text="apply measures of equivalent effect / take into account each other's findings", supporters=["EU"], objectors=[]),
            dict(text=", hosted by the response group established under Article 8 of the Memorandum", supporters=["EU"], objectors=[]),
        ],
        positions=[
            dict(party="EU", round="roadmap-1", stance="opposes",
                 note="Automatic measures of equivalent effect would bypass EU investigations.",
                 red_line="Union trade-defence investigations stay autonomous and evidence-based.",
                 fallback="Exchange of findings through the response group."),
            dict(party="US", round="roadmap-1", stance="supports", note="Tabled the article."),
            dict(party="US", round="roadmap-3", stance="accepts with amendments",
                 note="Wants measures of equivalent effect, at least as an endeavour."),
            dict(party="EU", round="roadmap-3", stance="reserves",
                 note="Each side keeps its own findings; 'taking into account' is the limit.",
                 red_line="Union trade-defence investigations stay autonomous and evidence-based.",
                 fallback="Exchange of findings through the response group.",
                 internal_note="Trade-defence directorate warns that US wording would invite WTO challenge."),
        ],
    ),
    dict(
        track="ROADMAP", ref="Art. 4", title="Work programme of the response group", topic="response group",
        minerals=["rare earths", "gallium", "germanium"], status="under negotiation", illustrative=True,
        versions=[
            dict(round="roadmap-1", party="EU", text=(
                "The response group established under Article 8 of the Memorandum shall adopt a work programme "
                "covering: (a) a shared list of critical minerals at high supply risk, updated every six months; "
                "(b) an early-warning protocol for export restrictions by third countries; (c) [an annual "
                "supply-disruption exercise]; and (d) coordination of communication to industry. The first "
                "supply-disruption exercise shall take place [by 1 December 2026 / by 31 March 2027]."
            )),
            dict(round="roadmap-2", party="US", text=(
                "The response group established under Article 8 of the Memorandum shall adopt a work programme "
                "covering: (a) a shared list of critical minerals at high supply risk, updated every six months; "
                "(b) an early-warning protocol for export restrictions by third countries, [including the sharing of "
                "classified information / including the sharing of information under existing security "
                "arrangements]; (c) an annual supply-disruption exercise; and (d) coordination of communication to "
                "industry. The first supply-disruption exercise shall take place by 1 December 2026."
            )),
            dict(round="roadmap-3", party="EU", text=(
                "The response group established under Article 8 of the Memorandum will adopt a work programme "
                "covering: (a) a shared list of critical minerals at high supply risk, updated every six months; "
                "(b) an early-warning protocol for export restrictions by third countries, including the sharing of "
                "information under existing security arrangements; (c) an annual supply-disruption exercise[, with "
                "the participation of Japan as an observer]; and (d) coordination of communication to industry. The "
                "first supply-disruption exercise should take place by 1 December 2026."
            )),
        ],
        bracket_parties=[
            dict(text="by 1 December 2026 / by 31 March 2027", supporters=["US"], objectors=[]),
            dict(text="including the sharing of classified information / including the sharing of information under existing security arrangements",
                 supporters=["EU"], objectors=[]),
            dict(text=", with the participation of Japan as an observer", supporters=["EU"], objectors=["US"]),
        ],
        positions=[
            dict(party="US", round="roadmap-2", stance="supports", note="Accepts the exercise by 1 December 2026."),
            dict(party="EU", round="roadmap-2", stance="accepts with amendments",
                 note="Cannot share classified information outside existing arrangements.",
                 red_line="No sharing of classified information outside existing security arrangements.",
                 internal_note="EEAS security directorate consulted."),
            dict(party="US", round="roadmap-3", stance="accepts with amendments",
                 note="Open to Japan as observer only once the Action Plans are adopted."),
            dict(party="EU", round="roadmap-3", stance="supports",
                 note="Wants Japan invited as observer to the first exercise.",
                 fallback="Drop the observer reference if it blocks the article.",
                 internal_note="1 December 2026 is tight; civil-protection colleagues to help with the scenario."),
        ],
    ),
    dict(
        track="ROADMAP", ref="Art. 5", title="Review, reporting and timeline", topic="other",
        minerals=[], status="drafted", illustrative=True,
        versions=[
            dict(round="roadmap-2", party="EU", text=(
                "The Participants shall review the implementation of this Roadmap every six months at "
                "senior-official level and shall report jointly to [ministers / leaders] once a year. The first "
                "review shall take place [within six months of adoption]. The Participants may amend the "
                "deliverables and timelines in the Annexes by written decision of the co-chairs of the response "
                "group, without the need to amend this Roadmap."
            )),
            dict(round="roadmap-3", party="US", text=(
                "The Participants will review the implementation of this Roadmap every six months at "
                "senior-official level and will report jointly to ministers once a year. The first review shall "
                "take place [within six months of adoption / no later than 31 December 2026]. The Participants may "
                "amend the deliverables and timelines in the Annexes by written decision of the co-chairs of the "
                "response group[, subject to domestic approval procedures], without the need to amend this Roadmap."
            )),
        ],
        bracket_parties=[
            dict(text="ministers / leaders", supporters=["EU"], objectors=[]),
            dict(text=", subject to domestic approval procedures", supporters=["US"], objectors=["EU"]),
        ],
        positions=[
            dict(party="EU", round="roadmap-2", stance="supports", note="Tabled the review article."),
            dict(party="US", round="roadmap-3", stance="accepts with amendments",
                 note="Wants domestic approval before Annex changes."),
            dict(party="EU", round="roadmap-3", stance="accepts with amendments",
                 note="Domestic approval would slow down every Annex update.",
                 fallback="Accept domestic approval for timeline changes only.",
                 internal_note="Not a priority; trade for movement on Art. 2."),
        ],
    ),
    # ============================== US–EU–Japan Action Plans ==============================
    dict(
        track="ACTION", ref="Art. 1", title="Co-financing of projects in third countries", topic="joint projects",
        minerals=["rare earths", "lithium", "nickel", "cobalt"], status="agreed ad referendum", illustrative=True,
        versions=[
            dict(round="action-1", party="EU", text=(
                "The Participants will co-finance critical-mineral projects in third countries that meet high "
                "environmental, social and governance standards, using [the European Investment Bank, the Japan Bank "
                "for International Cooperation, the U.S. International Development Finance Corporation and the "
                "Export-Import Bank of the United States]. The Participants will aim to announce [a first package "
                "of projects / at least three projects] by the end of 2026."
            )),
            dict(round="action-2", party="JP", text=(
                "The Participants will co-finance critical-mineral projects in third countries that meet high "
                "environmental, social and governance standards, using their public finance institutions, including "
                "the European Investment Bank, the Japan Bank for International Cooperation, the Japan Organization "
                "for Metals and Energy Security (JOGMEC), the U.S. International Development Finance Corporation and "
                "the Export-Import Bank of the United States. The Participants will aim to announce at least three "
                "projects by [the end of 2026 / the first quarter of 2027][, with priority to projects with offtake "
                "for manufacturers in the territories of the Participants]."
            )),
            dict(round="action-4", party="US", text=(
                "The Participants will co-finance critical-mineral projects in third countries that meet high "
                "environmental, social and governance standards, using their public finance institutions, including "
                "the European Investment Bank, the Japan Bank for International Cooperation, the Japan Organization "
                "for Metals and Energy Security (JOGMEC), the U.S. International Development Finance Corporation and "
                "the Export-Import Bank of the United States. The Participants will endeavour to announce at least "
                "three projects by the first quarter of 2027, giving due consideration to offtake for manufacturers "
                "in the territories of the Participants."
            )),
        ],
        bracket_parties=[
            dict(text="a first package of projects / at least three projects", supporters=["EU"], objectors=[]),
            dict(text="the end of 2026 / the first quarter of 2027", supporters=["JP"], objectors=[]),
            dict(text=", with priority to projects with offtake for manufacturers in the territories of the Participants",
                 supporters=["US", "JP"], objectors=["EU"]),
        ],
        positions=[
            dict(party="EU", round="action-1", stance="supports", note="Tabled the co-financing article."),
            dict(party="JP", round="action-2", stance="accepts with amendments",
                 note="JOGMECを明記し、発表時期は2027年第1四半期を提案。"),
            dict(party="US", round="action-4", stance="supports", note="'Endeavour' wording is acceptable."),
            dict(party="JP", round="action-4", stance="supports",
                 note="JBIC・JOGMECの明記を評価。第1四半期の目標で合意可能。"),
            dict(party="EU", round="action-4", stance="supports",
                 note="Offtake is a consideration, not a priority rule.",
                 red_line="EIB lending decisions remain with the EIB's own bodies.",
                 internal_note="Ad referendum: needs the EIB's confirmation."),
        ],
    ),
    dict(
        track="ACTION", ref="Art. 2", title="Coordinated stockpiling and stockpile transparency", topic="stockpiling",
        minerals=["rare earths", "gallium", "germanium", "graphite", "cobalt"], status="bracketed", illustrative=True,
        versions=[
            dict(round="action-1", party="US", text=(
                "The Participants shall coordinate the build-up, management and release of their national stockpiles "
                "of critical minerals, including the stockpile announced by the United States, so as to prevent "
                "supply disruptions and avoid competing purchases. Each Participant shall share with the others [the "
                "composition, target volumes and release rules of its stockpile] [within 30 days / within 60 days] "
                "of the adoption of these Action Plans."
            )),
            dict(round="action-2", party="JP", text=(
                "The Participants shall coordinate the build-up, management and release of their national stockpiles "
                "of critical minerals, including the stockpile announced by the United States and the national "
                "stockpile managed by JOGMEC, so as to prevent supply disruptions and avoid competing purchases. "
                "Each Participant [shall / should] share with the others the release rules of its stockpile and, "
                "[to the extent permitted by its national law], its target volumes, within 60 days of the adoption of "
                "these Action Plans. [The Participants shall consider joint purchasing arrangements.]"
            )),
            dict(round="action-3", party="EU", text=(
                "The Participants will coordinate the build-up, management and release of their stockpiles of "
                "critical minerals, including the stockpile announced by the United States, the national stockpile "
                "managed by JOGMEC and the stockpiling activities coordinated at the level of the European Union, so "
                "as to prevent supply disruptions and avoid competing purchases. Each Participant should share with "
                "the others the release rules of its stockpile and, to the extent permitted by its national law, "
                "its target volumes, within 60 days of the adoption of these Action Plans. [The Participants shall "
                "consider joint purchasing arrangements / The Participants will explore joint purchasing "
                "arrangements, including through the EU platform for joint purchasing of raw materials]."
            )),
            dict(round="action-4", party="US", text=(
                "The Participants will coordinate the build-up, management and release of their stockpiles of "
                "critical minerals, including the stockpile announced by the United States, the national stockpile "
                "managed by JOGMEC and the stockpiling activities coordinated at the level of the European Union, so "
                "as to prevent supply disruptions and avoid competing purchases. Each Participant should share with "
                "the others the release rules of its stockpile and, to the extent permitted by its national law, "
                "its target volumes, within 60 days of the adoption of these Action Plans. [The Participants will "
                "explore joint purchasing arrangements, including through the EU platform for joint purchasing of "
                "raw materials / Each Participant will decide on joint purchasing in accordance with its own "
                "procedures]."
            )),
        ],
        bracket_parties=[
            dict(text="the composition, target volumes and release rules of its stockpile", supporters=["EU"], objectors=["JP"]),
            dict(text="to the extent permitted by its national law", supporters=["JP", "US"], objectors=[]),
            dict(text="The Participants shall consider joint purchasing arrangements.", supporters=["JP"], objectors=["US"]),
            dict(
                text=(
                    "The Participants will explore joint purchasing arrangements, including through the EU platform "
                    "for joint purchasing of raw materials / Each Participant will decide on joint purchasing in "
                    "accordance with its own procedures"
                ),
                supporters=["EU", "US"], objectors=[],
            ),
        ],
        positions=[
            dict(party="JP", round="action-2", stance="supports",
                 note="備蓄協力には原則賛成。ただし価格メカニズムは国内調整が必要。"),
            dict(party="US", round="action-2", stance="accepts with amendments",
                 note="Will share release rules; target volumes only as far as US law allows."),
            dict(party="EU", round="action-2", stance="reserves",
                 note="Needs the EU's stockpiling coordination to be named; joint purchasing to be explored, not considered in the abstract.",
                 red_line="No commitment that the Union itself will hold a stockpile.",
                 fallback="Name Union-level coordination of Member State stockpiling.",
                 internal_note="Member States split on joint purchasing; keep it exploratory."),
            dict(party="US", round="action-4", stance="accepts with amendments",
                 note="Prefers leaving joint purchasing to each Participant's own procedures."),
            dict(party="JP", round="action-4", stance="accepts with amendments",
                 note="共同購入は各国の手続きに従うことが前提。JOGMECの備蓄情報は法令の範囲内で共有する。"),
            dict(party="EU", round="action-4", stance="supports",
                 note="Wants the EU joint-purchasing platform named.",
                 red_line="No commitment that the Union itself will hold a stockpile.",
                 fallback="Drop the platform reference; keep 'will explore joint purchasing'.",
                 internal_note="US written data on its stockpile still missing (promised for 30 September)."),
        ],
    ),
    dict(
        track="ACTION", ref="Art. 3", title="Criteria for trusted supply chains (「信頼できるサプライチェーン」)",
        topic="market protection", minerals=["rare earths", "graphite", "lithium"], status="under negotiation",
        illustrative=True,
        versions=[
            dict(round="action-2", party="JP", text=(
                "The Participants will develop common criteria for trusted supply chains of critical minerals "
                "(「信頼できるサプライチェーン」), covering transparency of ownership, environmental and labour "
                "standards, traceability and exposure to non-market policies and practices. The criteria [shall / "
                "may] be used by each Participant in public procurement, subsidy programmes and [stockpile "
                "purchases], so as to create a market for critical minerals that is not determined by price alone."
            )),
            dict(round="action-3", party="US", text=(
                "The Participants will develop common criteria for trusted supply chains of critical minerals "
                "(「信頼できるサプライチェーン」), covering transparency of ownership, environmental and labour "
                "standards, traceability and exposure to non-market policies and practices[, including the exclusion "
                "of entities owned or controlled by foreign entities of concern]. The criteria shall be used by each "
                "Participant in public procurement, subsidy programmes and stockpile purchases, so as to create a "
                "market for critical minerals that is not determined by price alone. The Participants shall apply "
                "the criteria [within 30 days / within 60 days] of their adoption."
            )),
            dict(round="action-4", party="EU", text=(
                "The Participants will develop common criteria for trusted supply chains of critical minerals "
                "(「信頼できるサプライチェーン」), covering transparency of ownership, environmental and labour "
                "standards, traceability and exposure to non-market policies and practices[, including the exclusion "
                "of entities owned or controlled by foreign entities of concern / taking into account ownership and "
                "control by third-country entities]. The criteria should be taken into account by each Participant "
                "in public procurement, subsidy programmes and stockpile purchases, consistent with its international "
                "obligations, so as to create a market for critical minerals that is not determined by price alone. "
                "The Participants will endeavour to apply the criteria within 60 days of their adoption."
            )),
        ],
        bracket_parties=[
            dict(text="shall / may", supporters=["JP"], objectors=[]),
            dict(text=", including the exclusion of entities owned or controlled by foreign entities of concern",
                 supporters=["US"], objectors=["EU"]),
            dict(
                text=(
                    ", including the exclusion of entities owned or controlled by foreign entities of concern / taking "
                    "into account ownership and control by third-country entities"
                ),
                supporters=["EU", "JP"], objectors=["US"],
            ),
        ],
        positions=[
            dict(party="JP", round="action-2", stance="supports",
                 note="「信頼できるサプライチェーン」の共通基準は日本の提案。価格以外の要素を評価する市場を目指す。"),
            dict(party="EU", round="action-2", stance="accepts with amendments",
                 note="Supports the idea; criteria must be WTO-consistent.",
                 red_line="No automatic exclusions in EU public procurement.",
                 fallback="Apply the criteria to subsidies and stockpile purchases only."),
            dict(party="US", round="action-4", stance="reserves",
                 note="Insists on excluding entities owned or controlled by foreign entities of concern."),
            dict(party="JP", round="action-4", stance="accepts with amendments",
                 note="EUの文言を基本的に支持。ただし調達への適用は各国の裁量とすべき。"),
            dict(party="EU", round="action-4", stance="accepts with amendments",
                 note="Ownership and control to be taken into account, not an automatic exclusion.",
                 red_line="No automatic exclusions in EU public procurement.",
                 fallback="Apply the criteria to subsidies and stockpile purchases only.",
                 internal_note="Legal Service checking fit with the public-procurement directives."),
        ],
    ),
    dict(
        track="ACTION", ref="Art. 4", title="Joint research on separation, substitution and recycling",
        topic="R&D and innovation", minerals=["rare earths", "lithium", "cobalt", "graphite"], status="agreed",
        illustrative=True,
        versions=[
            dict(round="action-1", party="JP", text=(
                "The Participants will launch a joint research programme on rare-earth separation technologies, the "
                "substitution of critical minerals in permanent magnets and batteries, and the recycling of critical "
                "minerals from end-of-life products. The programme [shall / will] be implemented through coordinated "
                "calls for proposals, the first of which [shall be published by 31 December 2026 / shall be "
                "published within 60 days of the adoption of these Action Plans], and through the exchange of "
                "researchers between national laboratories, universities and JOGMEC."
            )),
            dict(round="action-2", party="EU", text=(
                "The Participants will launch a joint research programme on rare-earth separation technologies, the "
                "substitution of critical minerals in permanent magnets and batteries, and the recycling of critical "
                "minerals from end-of-life products. The programme will be implemented through coordinated calls for "
                "proposals under Horizon Europe and the national programmes of Japan and the United States, the "
                "first of which [shall be published by 31 December 2026 / should be published by 31 March 2027], and "
                "through the exchange of researchers between national laboratories, universities and JOGMEC. "
                "[Results shall be made available to the Participants on fair and reasonable terms.]"
            )),
            dict(round="action-3", party="US", text=(
                "The Participants will launch a joint research programme on rare-earth separation technologies, the "
                "substitution of critical minerals in permanent magnets and batteries, and the recycling of critical "
                "minerals from end-of-life products. The programme will be implemented through coordinated calls for "
                "proposals under Horizon Europe and the national programmes of Japan and the United States, the "
                "first of which should be published by 31 March 2027, and through the exchange of researchers between "
                "national laboratories, universities and JOGMEC. Results will be made available to the Participants "
                "on fair and reasonable terms, in accordance with the intellectual-property rules of each programme."
            )),
        ],
        bracket_parties=[
            dict(text="shall be published by 31 December 2026 / should be published by 31 March 2027",
                 supporters=["EU"], objectors=[]),
            dict(text="Results shall be made available to the Participants on fair and reasonable terms.",
                 supporters=["EU", "JP"], objectors=[]),
        ],
        positions=[
            dict(party="EU", round="action-2", stance="accepts with amendments",
                 note="Horizon Europe cannot publish a call before 2027.",
                 internal_note="DG RTD: earliest slot is the 2027 work programme."),
            dict(party="JP", round="action-3", stance="supports",
                 note="共同研究の早期開始を支持。公募は2027年3月末までに実施予定。"),
            dict(party="US", round="action-3", stance="supports", note="Tabled the final wording."),
            dict(party="EU", round="action-3", stance="supports", note="Agreed.",
                 internal_note="Call slot in the 2027 Horizon Europe work programme secured."),
        ],
    ),
    dict(
        track="ACTION", ref="Art. 5", title="Coordination of price-support instruments", topic="price support",
        minerals=["rare earths"], status="proposed", illustrative=True,
        versions=[
            dict(round="action-3", party="US", text=(
                "The Participants shall coordinate their price-support instruments for critical minerals, including "
                "reference prices, price floors, contracts for difference and offtake guarantees, so that producers "
                "in the territory of one Participant are not disadvantaged by the instruments of another. [The "
                "Participants shall align the reference prices they apply to rare earth oxides and magnets.] The "
                "response group established between the European Union and the United States [shall / may] invite "
                "Japan to its discussions on pricing."
            )),
            dict(round="action-4", party="JP", text=(
                "The Participants [will / will endeavour to] coordinate their price-support instruments for critical "
                "minerals, including reference prices, contracts for difference and offtake guarantees, so that "
                "producers in the territory of one Participant are not disadvantaged by the instruments of another. "
                "[The Participants shall align the reference prices they apply to rare earth oxides and magnets / The "
                "Participants will exchange information on the reference prices they apply to rare earth oxides and "
                "magnets]. The Participants will hold a trilateral consultation on pricing [at least once a year]."
            )),
        ],
        bracket_parties=[
            dict(text="The Participants shall align the reference prices they apply to rare earth oxides and magnets.",
                 supporters=["US"], objectors=["JP", "EU"]),
            dict(
                text=(
                    "The Participants shall align the reference prices they apply to rare earth oxides and magnets / "
                    "The Participants will exchange information on the reference prices they apply to rare earth "
                    "oxides and magnets"
                ),
                supporters=["JP", "EU"], objectors=[],
            ),
        ],
        positions=[
            dict(party="US", round="action-3", stance="supports",
                 note="Wants reference prices aligned across the three partners."),
            dict(party="JP", round="action-3", stance="reserves",
                 note="価格メカニズムは国内調整が必要。次回会合で対案を提示する。"),
            dict(party="JP", round="action-4", stance="reserves",
                 note="価格メカニズムは国内調整が必要。参照価格の情報交換までは受け入れ可能。"),
            dict(party="US", round="action-4", stance="accepts with amendments",
                 note="Accepts an information exchange only as a first step towards alignment."),
            dict(party="EU", round="action-4", stance="accepts with amendments",
                 note="Information exchange only; alignment is premature while the Roadmap feasibility study is pending.",
                 red_line="No reference-price alignment outside Union procedures, and none with individual Member States.",
                 fallback="Annual trilateral consultation on pricing, without alignment.",
                 internal_note="Keep consistent with ROADMAP Art. 2; the US may use this track to get round the bilateral deadlock."),
        ],
    ),
    # ============================== US–Mexico 60-day action plan ==============================
    dict(
        track="USMX", ref="Art. 1", title="Treatment of export restrictions on critical minerals",
        topic="export-restriction exemptions", minerals=["lithium", "fluorspar", "graphite", "bismuth"],
        status="agreed", illustrative=True,
        versions=[
            dict(round="usmx-1", party="US", text=(
                "Neither Participant shall maintain or introduce export restrictions on critical minerals, ores or "
                "concentrates destined for the territory of the other Participant[, including measures reserving the "
                "exploitation of lithium to state-owned enterprises]. Each Participant shall notify the other of any "
                "export restriction it maintains on critical minerals with respect to third countries [within 30 "
                "days / within 60 days] of the date of this Action Plan."
            )),
            dict(round="usmx-2", party="MX", text=(
                "Each Participant [shall / will endeavour to] exempt the other Participant from export restrictions "
                "on critical minerals, ores or concentrates, subject to its constitutional and legal framework, "
                "including the regime applicable to lithium. Each Participant shall notify the other of any export "
                "restriction it maintains on critical minerals with respect to third countries within 60 days of the "
                "date of this Action Plan."
            )),
            dict(round="usmx-3", party="US", text=(
                "Each Participant will endeavour to exempt the other Participant from export restrictions on critical "
                "minerals, ores or concentrates, in accordance with its constitutional and legal framework, including "
                "the regime applicable to lithium. Each Participant shall notify the other of any export restriction "
                "it maintains on critical minerals with respect to third countries within 60 days of the date of "
                "this Action Plan, and will consult the other before introducing a new one."
            )),
        ],
        bracket_parties=[
            dict(text=", including measures reserving the exploitation of lithium to state-owned enterprises",
                 supporters=["US"], objectors=["MX"]),
            dict(text="shall / will endeavour to", supporters=["MX"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="usmx-1", stance="supports", note="Tabled a full exemption, lithium regime included."),
            dict(party="MX", round="usmx-1", stance="opposes",
                 note="México no negociará el régimen constitucional del litio en este plan."),
            dict(party="MX", round="usmx-2", stance="accepts with amendments",
                 note="México apoya la exención de restricciones a la exportación, sujeta a consultas internas con la Secretaría de Economía."),
            dict(party="US", round="usmx-3", stance="supports",
                 note="Accepts best-endeavours wording with prior consultation."),
            dict(party="MX", round="usmx-3", stance="supports",
                 note="México acepta la fórmula de «mejores esfuerzos»; el régimen del litio queda a salvo."),
        ],
    ),
    dict(
        track="USMX", ref="Art. 2", title="Investment in processing capacity in Mexico", topic="joint projects",
        minerals=["lithium", "fluorspar", "zinc", "graphite"], status="agreed", illustrative=True,
        versions=[
            dict(round="usmx-1", party="MX", text=(
                "The Participants shall promote investment in the processing and refining of critical minerals in the "
                "territory of Mexico, including through [financing by the U.S. International Development Finance "
                "Corporation] and the development of industrial corridors close to the border. Projects supported "
                "under this Article [shall / should] favour local value added, the training of Mexican workers and "
                "the participation of small and medium-sized companies, and shall respect the rights of indigenous "
                "communities."
            )),
            dict(round="usmx-2", party="US", text=(
                "The Participants will promote investment in the processing and refining of critical minerals in the "
                "territory of Mexico, including through financing by the U.S. International Development Finance "
                "Corporation, where eligible, and the development of industrial corridors close to the border. "
                "Projects supported under this Article should favour local value added, the training of Mexican "
                "workers and the participation of small and medium-sized companies, and shall respect the rights of "
                "indigenous communities and applicable environmental law."
            )),
        ],
        bracket_parties=[
            dict(text="financing by the U.S. International Development Finance Corporation", supporters=["MX"], objectors=[]),
            dict(text="shall / should", supporters=["MX"], objectors=["US"]),
        ],
        positions=[
            dict(party="US", round="usmx-2", stance="supports", note="Financing subject to DFC eligibility rules."),
            dict(party="MX", round="usmx-2", stance="supports",
                 note="La redacción recoge el valor agregado local, la capacitación y la participación de pequeñas y medianas empresas."),
        ],
    ),
    dict(
        track="USMX", ref="Art. 3", title="Rules of origin and anti-circumvention", topic="market protection",
        minerals=["graphite", "rare earths", "gallium"], status="bracketed", illustrative=True,
        versions=[
            dict(round="usmx-1", party="US", text=(
                "The Participants shall cooperate to prevent critical minerals and derived products originating in "
                "third countries from entering their territories through the other Participant in order to "
                "circumvent trade-remedy or national-security measures. A critical mineral shall be considered to "
                "originate in a Participant only if [it was mined / it was mined or refined] in the territory of that "
                "Participant. Each Participant shall verify the origin of imports on request of the other within 30 "
                "days."
            )),
            dict(round="usmx-2", party="MX", text=(
                "The Participants shall cooperate to prevent critical minerals and derived products originating in "
                "third countries from entering their territories through the other Participant in order to "
                "circumvent trade-remedy or national-security measures. A critical mineral shall be considered to "
                "originate in a Participant if [it was mined or refined / it underwent substantial transformation] in "
                "the territory of that Participant[, consistent with the rules of origin of the Agreement between the "
                "United States of America, the United Mexican States and Canada]. Each Participant shall verify the "
                "origin of imports on request of the other [within 30 days / within 60 days]."
            )),
            dict(round="usmx-3", party="US", text=(
                "The Participants shall cooperate to prevent critical minerals and derived products originating in "
                "third countries from entering their territories through the other Participant in order to "
                "circumvent trade-remedy or national-security measures. A critical mineral shall be considered to "
                "originate in a Participant if [it was mined or refined / it underwent substantial transformation] in "
                "the territory of that Participant, consistent with the rules of origin of the Agreement between the "
                "United States of America, the United Mexican States and Canada. Each Participant shall verify the "
                "origin of imports on request of the other within 60 days[, and shall deny preferential treatment "
                "where verification is refused]."
            )),
        ],
        bracket_parties=[
            dict(text="it was mined / it was mined or refined", supporters=["US"], objectors=[]),
            dict(text="it was mined or refined / it underwent substantial transformation", supporters=["MX"], objectors=[]),
            dict(text=", and shall deny preferential treatment where verification is refused", supporters=["US"], objectors=["MX"]),
        ],
        positions=[
            dict(party="US", round="usmx-2", stance="accepts with amendments",
                 note="Accepts a reference to the USMCA but not substantial transformation for refining of third-country ore."),
            dict(party="MX", round="usmx-2", stance="reserves",
                 note="Sujeto a consultas con la Secretaría de Economía y con la industria minera."),
            dict(party="US", round="usmx-3", stance="supports",
                 note="Wants 'mined or refined' and denial of preferences where verification is refused."),
            dict(party="MX", round="usmx-3", stance="opposes",
                 note="México defiende el criterio de transformación sustancial del T-MEC; negar preferencias exige el acuerdo de ambas Partes."),
        ],
    ),
    dict(
        track="USMX", ref="Art. 4", title="Implementation and review", topic="other",
        minerals=[], status="agreed ad referendum", illustrative=True,
        versions=[
            dict(round="usmx-2", party="US", text=(
                "The Participants shall establish a bilateral working group on critical minerals, co-chaired by the "
                "Office of the United States Trade Representative and the Secretaría de Economía, to oversee the "
                "implementation of this Action Plan. The working group shall meet [every 60 days / at least twice a "
                "year] and shall report to ministers on progress [within 60 days of the date of this Action Plan]. "
                "The Participants shall review this Action Plan one year after its adoption."
            )),
            dict(round="usmx-3", party="MX", text=(
                "The Participants will establish a bilateral working group on critical minerals, co-chaired by the "
                "Office of the United States Trade Representative and the Secretaría de Economía, to oversee the "
                "implementation of this Action Plan. The working group will meet at least twice a year and will "
                "report to ministers on progress within 120 days of the date of this Action Plan. The Participants "
                "will review this Action Plan one year after its adoption, taking into account the joint review of "
                "the Agreement between the United States of America, the United Mexican States and Canada."
            )),
        ],
        bracket_parties=[
            dict(text="every 60 days / at least twice a year", supporters=["MX"], objectors=[]),
        ],
        positions=[
            dict(party="US", round="usmx-3", stance="supports", note="Agreed ad referendum."),
            dict(party="MX", round="usmx-3", stance="supports",
                 note="De acuerdo ad referéndum; falta la aprobación de la Secretaría de Economía."),
        ],
    ),
]

COMMITMENTS = [
    dict(key="mou30_us", owner="US", track="MOU", text="Issue the US–EU MoU within 30 days of the joint statement",
         source_kind="statement", source="Joint press statement of 2026-02-04", anchor="joint_statement",
         offset_days=30, offset_months=0, state="met"),
    dict(key="mou30_eu", owner="EU", track="MOU", text="Issue the US–EU MoU within 30 days of the joint statement",
         source_kind="statement", source="Joint press statement of 2026-02-04", anchor="joint_statement",
         offset_days=30, offset_months=0, state="met"),
    dict(key="roadmap", owner="EU", track="ROADMAP",
         text="Develop the Strategic Partnership Roadmap with the US within three months of the MoU",
         source_kind="statement", source="Joint press statement of 2026-02-04 (EU ready to develop a Roadmap within three months)",
         anchor="mou_signed", offset_days=0, offset_months=3, state="missed"),
    dict(key="usmx60", owner="US", track="USMX",
         text="Complete the action plan on critical-minerals trade policy with Mexico within 60 days",
         source_kind="statement", source="US–Mexico announcement of the 60-day action plan (date illustrative)",
         anchor="us_mx_plan", offset_days=60, offset_months=0, state="met"),
    dict(key="response_group_setup", owner="EU", track="MOU",
         text="Nominate the EU members of the EU–US response group",
         source_kind="clause", source="MOU Art. 8", anchor="mou_signed", offset_days=60, offset_months=0, state="met"),
    dict(key="response_exercise", owner="EU", track="ROADMAP",
         text="Run the first supply-disruption exercise of the response group",
         source_kind="clause", source="ROADMAP Art. 4", due_date="2026-12-01", state="on track"),
    dict(key="price_study", owner="EU", track="ROADMAP",
         text="Deliver the joint feasibility study on a price floor with the US",
         source_kind="round", source="roadmap-3", due_date="2026-10-31", state="at risk"),
    dict(key="stockpile_rules", owner="US", track="ACTION",
         text="Share the release rules and target volumes of the announced US stockpile with the EU and Japan",
         source_kind="round", source="action-2", due_date="2026-09-30", state="open"),
    dict(key="action_draft", owner="JP", track="ACTION",
         text="Circulate the consolidated draft of the Action Plans for adoption",
         source_kind="round", source="action-4", due_date="2026-12-15", state="open"),
    dict(key="jp_research_call", owner="JP", track="ACTION",
         text="Publish the first coordinated call for proposals on separation, substitution and recycling",
         source_kind="clause", source="ACTION Art. 4", due_date="2027-03-31", state="on track"),
    dict(key="mx_origin_reply", owner="MX", track="USMX",
         text="Reply on the rules-of-origin article after internal consultations",
         source_kind="round", source="usmx-3", due_date="2026-07-31", state="open"),
    dict(key="usmx_review", owner="US", track="USMX",
         text="Review the US–Mexico action plan one year after its adoption",
         source_kind="clause", source="USMX Art. 4", due_date="2027-04-13", state="open"),
]

ASSESSMENTS = [
    dict(commitment="mou30_us", party="US", score=1, kind="final",
         evidence="MoU signed on 6 March 2026, the 30th day after the joint statement.", date="2026-03-07"),
    dict(commitment="mou30_eu", party="EU", score=1, kind="final",
         evidence="MoU signed on 6 March 2026 after Council clearance; all EU red lines held.", date="2026-03-07"),
    dict(commitment="roadmap", party="EU", score=0, kind="interim",
         evidence="Project pipeline agreed ad referendum at roadmap-3; price floor and trade-defence articles still bracketed.",
         date="2026-05-29"),
    dict(commitment="roadmap", party="EU", score=-1, kind="final",
         evidence="No Roadmap adopted by 6 June 2026; work continues at technical level without a new date.",
         date="2026-06-08"),
    dict(commitment="roadmap", party="US", score=-1, kind="final",
         evidence="US proposal for a new Roadmap calendar, due 19 June, not received.", date="2026-06-22"),
    dict(commitment="usmx60", party="US", score=1, kind="final",
         evidence="Plan concluded at usmx-3 and announced on 13 April, within 60 days; rules of origin carried over.",
         date="2026-04-14"),
    dict(commitment="response_group_setup", party="EU", score=1, kind="final",
         evidence="EU members of the response group nominated on 28 April 2026.", date="2026-05-06"),
    dict(commitment="stockpile_rules", party="US", score=0, kind="interim",
         evidence="Oral briefing on release rules at action-3; no written data on target volumes by 30 September.",
         date="2026-10-08"),
    dict(commitment="mx_origin_reply", party="MX", score=-1, kind="interim",
         evidence="No reply from Mexico on rules of origin by 31 July, according to the US readout.", date="2026-08-05"),
    dict(commitment="price_study", party="EU", score=0, kind="interim",
         evidence="Draft chapters on rare-earth oxides exchanged; US price data still missing; study not delivered by 31 October.",
         date="2026-11-20"),
]
