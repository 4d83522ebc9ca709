package lecture

// Nav is the presenter's position: a slide and how many of its list items
// are revealed. Its methods are pure: each returns the new position.
type Nav struct {
	// Slide is the index of the current slide, from 0.
	Slide int
	// Step is how many list items are revealed, from 0 to the slide's Steps.
	Step int
}

// Clamp returns n moved onto the deck: the slide within range and the step
// within the slide's steps. On an empty deck it returns the zero Nav.
func (n Nav) Clamp(d *Deck) Nav {
	last := d.Len() - 1
	if last < 0 {
		return Nav{}
	}
	n.Slide = min(max(n.Slide, 0), last)
	n.Step = min(max(n.Step, 0), d.Slides[n.Slide].Steps)
	return n
}

// Next reveals the next list item if any remain, else goes to the next slide
// with nothing revealed. On the last slide, fully revealed, it stays put.
func (n Nav) Next(d *Deck) Nav {
	n = n.Clamp(d)
	if d.Len() == 0 {
		return n
	}
	if n.Step < d.Slides[n.Slide].Steps {
		n.Step++
		return n
	}
	if n.Slide < d.Len()-1 {
		return Nav{Slide: n.Slide + 1}
	}
	return n
}

// Prev hides the last revealed list item if any, else goes to the previous
// slide fully revealed. On the first slide with nothing revealed it stays put.
func (n Nav) Prev(d *Deck) Nav {
	n = n.Clamp(d)
	if d.Len() == 0 {
		return n
	}
	if n.Step > 0 {
		n.Step--
		return n
	}
	if n.Slide > 0 {
		return Nav{Slide: n.Slide - 1, Step: d.Slides[n.Slide-1].Steps}
	}
	return n
}

// First goes to the first slide with nothing revealed.
func (n Nav) First(d *Deck) Nav {
	return Nav{}
}

// Last goes to the last slide with nothing revealed.
func (n Nav) Last(d *Deck) Nav {
	return Nav{Slide: d.Len() - 1}.Clamp(d)
}

// Jump goes to the slide with the 1-based number given, clamped to the deck,
// with nothing revealed.
func (n Nav) Jump(d *Deck, number int) Nav {
	return Nav{Slide: number - 1}.Clamp(d)
}
