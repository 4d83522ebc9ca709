package sectionview

import (
	"fmt"
	"strings"

	"faultline/internal/scenario"
	"faultline/quiz"
	"faultline/tui/components/textwrap"
)

// SetBank gives the renderer the quiz bank, so quiz blocks show their
// question; without it they show the question's id. It forgets cached
// sections, which may hold quiz blocks.
func (r *Renderer) SetBank(b *quiz.Bank) {
	r.bank = b
	clear(r.cache)
}

// SetPrinted tells the renderer its output is printed, as by `faultline
// lesson`, where no key opens a block: playable blocks then name the command
// that plays them instead of a key.
func (r *Renderer) SetPrinted(printed bool) {
	r.printed = printed
	clear(r.cache)
}

// OpenHint is the line under a playable block saying how to open it.
const OpenHint = "enter: open it live"

// scenarioCard offers a failover scenario to play.
func (r *Renderer) scenarioCard(name string, width int) string {
	spec, ok := scenario.Lookup(name)
	if !ok {
		return r.problem(fmt.Sprintf("unknown scenario %q; want one of %s", name, strings.Join(scenario.Names(), ", ")), width)
	}
	inner := max(1, min(width, 76)-4)
	hint := OpenHint + " · or run faultline scenario " + spec.Name
	if r.printed {
		hint = "play it: faultline scenario " + spec.Name
	}
	return r.card(width,
		r.st.Diagram.Label.Render("▶ Scenario: "+spec.Title),
		textwrap.Wrap(spec.Summary, inner, " "),
		r.st.App.Dim.Render(hint),
	)
}

// quizCard shows a quiz question and its choices, without the answer.
func (r *Renderer) quizCard(id string, width int) string {
	inner := max(1, min(width, 76)-4)
	if r.bank == nil {
		return r.card(width, r.st.Diagram.Label.Render("? Question "+id), r.st.App.Dim.Render(OpenHint))
	}
	q, ok := r.bank.ByID(id)
	if !ok {
		return r.problem(fmt.Sprintf("unknown quiz question %q", id), width)
	}
	lines := []string{r.st.Diagram.Label.Render("? " + textwrap.Wrap(q.Prompt, inner-2, " "))}
	// Lettered as the question opened live and every other place shows it.
	shown := quiz.Show(quiz.Deal(q, quiz.ShownSeed))
	if shown.Hint != "" {
		lines = append(lines, r.st.App.Dim.Render(textwrap.Wrap(shown.Hint, inner, " ")))
	}
	// Continuation lines hang under the text, clear of the number or letter.
	item := func(label, text string) string {
		text = textwrap.Wrap(text, max(1, inner-len(label)), " ")
		return label + strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(label)))
	}
	for i, l := range shown.Numbered {
		lines = append(lines, item(fmt.Sprintf("%d. ", i+1), l))
	}
	for i, l := range shown.Lettered {
		lines = append(lines, item(quiz.Letter(i)+") ", l))
	}
	if q.Type == quiz.Classify {
		for _, d := range quiz.Dimensions {
			lines = append(lines, item("· ", d.Name+": "+strings.Join(d.Classes, " or ")))
		}
	}
	hint := OpenHint + " to answer"
	if r.printed {
		hint = "answer it with: faultline quiz " + q.Lesson
	}
	lines = append(lines, r.st.App.Dim.Render(textwrap.Wrap(hint, inner, " ")))
	return r.card(width, lines...)
}
