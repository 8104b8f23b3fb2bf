"""Word lists behind the finders: titles, generic words, US states, country-like and national-
agency names, role words, months.
"""

from __future__ import annotations

# titles and role words: never a name on their own
TITLES = frozenset(
    w.casefold()
    for w in (
        "Mr Mrs Ms Mx Miss Dr Det Detective Sgt Sergeant Lt Lieutenant Capt Captain Cpl Corporal Officer Agent Special "
        "Chief Deputy Sheriff Trooper Inspector Investigator Commander Major Colonel Col Sen Senator Rep Judge Hon "
        "AUSA ADA DA SA Prosecutor Attorney Assistant District County State Federal Coordinator Director Manager Case "
        "Advocate Counselor Navigator Nurse Doctor Prof Professor Rev Father Sister Interviewer Interviewee Respondent "
        "Participant Speaker Moderator Facilitator Client Survivor Victim The Of And Jr Sr II III Program Supervisor "
        "Unknown Staff Member Team Lead Police Department Office Officer's"
    ).split()
)


# words that make an agency's two-word prefix too generic to search on its own
_GENERIC = TITLES | frozenset(
    w.casefold()
    for w in (
        "U.S. US United National American Rural Family Justice Center Bureau Department Office Police Sheriff's "
        "Attorney's Services Service Legal Aid Health Human Public Safety City Youth Child Children's Community "
        "Regional Women's Catholic Social Task Force Investigation Investigations Homeland Security"
    ).split()
)


US_STATES = frozenset(
    s.casefold()
    for s in (
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York",
        "North Carolina",
        "North Dakota",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "West Virginia",
        "Wisconsin",
        "Wyoming",
        "District of Columbia",
        "Puerto Rico",
        "Guam",
    )
)


# large or national names that do not identify anyone by themselves: found, but unticked
_COUNTRY_LIKE = frozenset(
    s.casefold()
    for s in (
        "U.S.",
        "US",
        "USA",
        "U.S.A.",
        "America",
        "United States",
        "the United States",
        "Mexico",
        "Canada",
        "Guatemala",
        "Honduras",
        "El Salvador",
        "Nicaragua",
        "China",
        "Vietnam",
        "Thailand",
        "Philippines",
        "India",
        "Nigeria",
        "Ukraine",
        "Russia",
        "Korea",
        "South Korea",
        "Cuba",
        "Haiti",
        "Venezuela",
        "Colombia",
        "Brazil",
        "Europe",
        "Asia",
        "Africa",
        "Latin America",
        "Central America",
        "the Midwest",
        "the South",
    )
)


_NATIONAL_AGENCIES = frozenset(
    s.casefold()
    for s in (
        "FBI",
        "HSI",
        "ICE",
        "DHS",
        "DOJ",
        "the FBI",
        "CBP",
        "USCIS",
        "DEA",
        "ATF",
        "Homeland Security",
        "Homeland Security Investigations",
        "Department of Justice",
        "U.S. Attorney's Office",
        "the U.S. Attorney's Office",
        "OVC",
        "BJA",
        "the Office for Victims of Crime",
        "Office for Victims of Crime",
        "Bureau of Justice Assistance",
        "CPS",
        "DA",
        "the DA",
        "PD",
        "Congress",
        "Zoom",
        "Facebook",
        "Instagram",
        "Google",
        "Backpage",
        "Craigslist",
        "Walmart",
        "Uber",
        "MOU",
        "MOUs",
        "COVID",
        "COVID-19",
        "PowerPoint",
        "ER",
        "Teams",
        "Excel",
        "Medicaid",
        "Medicare",
        "T-visa",
        "T visa",
        "Little League",
    )
)


_ROLE_WORDS = frozenset(
    w.casefold()
    for w in (
        "Interviewer",
        "Interviewee",
        "Respondent",
        "Participant",
        "Moderator",
        "Facilitator",
        "Speaker",
        "Sergeant",
        "Detective",
        "Lieutenant",
        "Officer",
        "Agent",
        "Chief",
        "Advocate",
        "Prosecutor",
        "Coordinator",
        "Director",
    )
)


# titles that put a person's name after them ("Lieutenant Park", not "Lieutenant Governor's Office")
_PERSON_TITLES = frozenset(
    w.casefold()
    for w in (
        "Mr Mrs Ms Mx Miss Dr Det Detective Sgt Sergeant Lt Lieutenant Capt Captain Officer Agent Chief Deputy "
        "Sheriff Trooper Inspector Investigator Judge AUSA ADA DA Prosecutor Coordinator Director Advocate"
    ).split()
)


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
