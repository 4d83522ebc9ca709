package lecture

import "faultline/lessons"

// testCourse is a small course: "alpha" has a plain section and a reveal
// section of three items; "beta" has one section with notes.
func testCourse() *lessons.Course {
	return &lessons.Course{Lessons: []lessons.Lesson{
		{
			ID: "alpha", Title: "Alpha", Order: 1, Summary: "First things.",
			Sections: []lessons.Section{
				{ID: "plain", Title: "Plain", Body: "Some prose.\n", Notes: "Say hello."},
				{ID: "list", Title: "List", Reveal: true, Body: "Three:\n\n- one\n- two\n  - nested\n- three\n"},
			},
		},
		{
			ID: "beta", Title: "Beta", Order: 2,
			Sections: []lessons.Section{
				{ID: "only", Title: "Only", Body: "```faultline nines 99.9\n```\n", Notes: "Ask a question.",
					Blocks: []lessons.Block{{Kind: lessons.KindNines, Args: []string{"99.9"}, Line: 5}}},
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
