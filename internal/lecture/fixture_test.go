package lecture

import "faultline/lessons"

// testCourse is a small course: "alpha" has a plain section and a reveal
// section of three items; "beta" has one section with notes.
func testCourse() *lessons.Course {
	return &lessons.Course{Lessons: []lessons.Lesson{
		{
			ID: "alpha", Title: "Alpha", Order: 1, Summary: "First things.",
			Sections: []lessons.Section{
				section("Plain", "Some prose.\n???\nSay hello."),
				section("List", "<!-- reveal -->\nThree:\n\n- one\n- two\n  - nested\n- three\n"),
			},
		},
		{
			ID: "beta", Title: "Beta", Order: 2,
			Sections: []lessons.Section{
				section("Only", "\n\n\n```faultline nines 99.9\n```\n???\nAsk a question."),
			},
		},
	}}
}

// testDeck is the deck of the whole test course:
//
//	0 Alpha (title)  1 Plain  2 List (3 steps)  3 Beta (title)  4 Only
func testDeck() *Deck {
	d, err := NewDeck(testCourse(), nil)
	if err != nil {
		panic(err)
	}
	return d
}

// section reads md as the body of a section titled title, as a lesson
// file would hold it.
func section(title, md string) lessons.Section {
	s, err := lessons.ParseSection(title, md)
	if err != nil {
		panic(err)
	}
	return s
}
