package classroom

import (
	"reflect"
	"testing"
)

// TestRosterShowsWhoAnsweredNotWhat: the roster lists the connected
// students in joining order with whether they answered, and a student who
// left is no longer on it.
func TestRosterShowsWhoAnsweredNotWhat(t *testing.T) {
	h := NewHub(Config{})
	ana := join(t, h, "ana")
	join(t, h, "bo")
	gone := join(t, h, "gone")
	if got := h.Roster(""); !reflect.DeepEqual(got, []Seat{{Name: "ana"}, {Name: "bo"}, {Name: "gone"}}) {
		t.Errorf("before any question: %+v", got)
	}
	h.Publish(quizFrame(false))
	if err := h.Answer(ana, "availability-1", 2); err != nil {
		t.Fatal(err)
	}
	if err := h.Answer(gone, "availability-1", 0); err != nil {
		t.Fatal(err)
	}
	h.Leave(gone)
	want := []Seat{{Name: "ana", Answered: true}, {Name: "bo"}}
	if got := h.Roster("availability-1"); !reflect.DeepEqual(got, want) {
		t.Errorf("Roster = %+v, want %+v", got, want)
	}
	if got := h.Roster("never-asked"); !reflect.DeepEqual(got, []Seat{{Name: "ana"}, {Name: "bo"}}) {
		t.Errorf("another question: %+v", got)
	}
	// Seat has no field that could carry an answer.
	if n := reflect.TypeFor[Seat]().NumField(); n != 2 {
		t.Errorf("Seat has %d fields; it must hold a name and whether, never what", n)
	}
}
