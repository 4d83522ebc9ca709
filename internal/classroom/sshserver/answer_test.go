package sshserver

import (
	"slices"
	"testing"

	"faultline/internal/classroom"
	"faultline/internal/coursetest"
	"faultline/lessons"
	"faultline/quiz"
)

// TestMatchAndNumericAnsweredOverSSH: a student over a real SSH session
// answers a match question and a numeric one with the self-study keys;
// the server grades both right and counts them.
func TestMatchAndNumericAnsweredOverSSH(t *testing.T) {
	deck := testDeck(t, "availability")
	_, bank := coursetest.Course(t)
	slideOf := func(typ quiz.Type) (int, quiz.Question) {
		for i, s := range deck.Slides {
			for _, b := range s.Blocks() {
				if b.Kind == lessons.KindQuiz && len(b.Args) > 0 {
					if q, ok := bank.ByID(b.Args[0]); ok && q.Type == typ {
						return i, q
					}
				}
			}
		}
		t.Fatalf("the availability lesson has no %s question on a slide", typ)
		return 0, quiz.Question{}
	}
	srv, hub := startServer(t, deck, nil)
	st := connect(t, srv, 120, 60, true)
	st.join(t, "ana")

	n, match := slideOf(quiz.Match)
	publish(hub, deck, n, deck.Slides[n].Steps, classroom.QuestionFrom(match, false))
	st.waitFor(t, "then press enter to send", follow) // not the name prompt's "and press enter to send"
	card, _ := hub.Card(match.ID)
	for i := range match.Pairs {
		st.send(t, string(rune('a'+slices.Index(card.RightOrder, i))))
	}
	st.send(t, "\r")
	st.waitFor(t, "✓ Answer sent", follow)
	if tl := hub.Tally(match.ID); tl.Answered != 1 || tl.Right != 1 {
		t.Fatalf("match tally %+v, want one right answer", tl)
	}

	n, numeric := slideOf(quiz.NumericType)
	publish(hub, deck, n, deck.Slides[n].Steps, classroom.QuestionFrom(numeric, false))
	st.waitFor(t, "Type your answer", follow)
	st.send(t, numeric.Numeric.ValueText()+"\r")
	st.waitFor(t, "✓ Answer sent: "+numeric.Numeric.ValueText(), follow)
	if tl := hub.Tally(numeric.ID); tl.Answered != 1 || tl.Right != 1 {
		t.Fatalf("numeric tally %+v, want one right answer", tl)
	}
}
