package classroom

// Refusal is why the server turned someone away.
type Refusal int

// The reasons someone is turned away.
const (
	// RefusedFull: MaxStudents students are already following.
	RefusedFull Refusal = iota
	// RefusedWrongCodes: too many wrong join codes from one address lately.
	RefusedWrongCodes
	// RefusedBusy: too many connections from one address still logging in.
	RefusedBusy
	refusalKinds
)

// String names r for the presenter: "full", "wrong codes", "busy".
func (r Refusal) String() string {
	switch r {
	case RefusedFull:
		return "full"
	case RefusedWrongCodes:
		return "wrong codes"
	case RefusedBusy:
		return "busy"
	}
	return "refused"
}

// Refusals counts the people turned away, per reason.
type Refusals [refusalKinds]int

// Total is the number turned away for any reason.
func (r Refusals) Total() int {
	n := 0
	for _, c := range r {
		n += c
	}
	return n
}

// Refuse records that someone was turned away for reason r, so the
// presenter can say so. An unknown reason is ignored.
func (h *Hub) Refuse(r Refusal) {
	if r < 0 || r >= refusalKinds {
		return
	}
	h.mu.Lock()
	h.refused[r]++
	h.mu.Unlock()
}

// Refused returns how many people were turned away so far, per reason.
func (h *Hub) Refused() Refusals {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.refused
}
