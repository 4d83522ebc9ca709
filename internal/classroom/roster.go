package classroom

// Seat is one connected student as the presenter's roster shows them:
// their name and whether they have answered a question, never what.
type Seat struct {
	// Name is the student's display name.
	Name string
	// Answered reports whether the student answered the question asked
	// about.
	Answered bool
}

// Roster returns the connected students in the order they joined, each
// with whether they answered the question questionID ("" for none): what
// the presenter may see of the room without seeing anyone's answer.
func (h *Hub) Roster(questionID string) []Seat {
	h.mu.Lock()
	roster := h.roster
	h.mu.Unlock()
	seats := make([]Seat, len(roster))
	a := &h.answers
	a.mu.Lock()
	defer a.mu.Unlock()
	q := a.questions[questionID]
	for i, s := range roster {
		seats[i].Name = s.name
		if q != nil {
			_, seats[i].Answered = q.given[s.key]
		}
	}
	return seats
}
