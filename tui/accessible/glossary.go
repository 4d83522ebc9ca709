package accessible

import (
	"fmt"
	"strconv"

	"faultline/internal/termtext"
	"faultline/lessons"
)

// maxTerms is how many matching terms a search says; more words narrow it.
const maxTerms = 8

// glossary searches the glossary: a word gives the matching terms with
// their definitions, numbered; a number reads the section that teaches
// that term, without marking it read. It returns false when input ends.
func (r *session) glossary() bool {
	r.println("")
	r.println(fmt.Sprintf("Glossary: %d terms.", len(r.ctx.Course.Glossary)))
	var found []lessons.Term
	for {
		prompt := "Word to look up, such as mtbf or failover, or Enter or q to go back: "
		if len(found) > 0 {
			prompt = fmt.Sprintf("A number from 1 to %d to read the section that teaches the term, another word to look up, or Enter or q to go back: ", len(found))
		}
		line, ok := r.line(prompt)
		switch {
		case !ok:
			return false
		case isBack(line):
			return true
		}
		if n, err := strconv.Atoi(line); err == nil && len(found) > 0 {
			if n < 1 || n > len(found) {
				r.println(fmt.Sprintf("%d is not one of the terms found: type 1 to %d.", n, len(found)))
				continue
			}
			r.teach(found[n-1])
			continue
		}
		found = r.lookUp(line)
	}
}

// lookUp says the terms matching query, best first, and returns those said.
func (r *session) lookUp(query string) []lessons.Term {
	terms := r.ctx.Course.SearchGlossary(query)
	if len(terms) == 0 {
		r.println(fmt.Sprintf("No term matches %s. Try fewer letters, or another word.", termtext.Quote(query)))
		return nil
	}
	shown := terms[:min(len(terms), maxTerms)]
	if len(terms) > len(shown) {
		r.println(fmt.Sprintf("%d terms match %s; the best %d:", len(terms), termtext.Quote(query), len(shown)))
	} else {
		verb := "terms match"
		if len(terms) == 1 {
			verb = "term matches"
		}
		r.println(fmt.Sprintf("%d %s %s:", len(terms), verb, termtext.Quote(query)))
	}
	for i, t := range shown {
		where := ""
		if l, s, ok := r.ctx.Course.Resolve(t.Lesson); ok {
			where = fmt.Sprintf(" (lesson %d, %s)", l.Order, l.Sections[s].Title)
		}
		r.println(fmt.Sprintf("%d. %s: %s%s", i+1, termtext.Clean(t.Term), termtext.Clean(t.Definition), where))
	}
	return shown
}

// teach reads the section that teaches t, as a look-up: nothing is asked
// or marked read, and Continue stays where it was.
func (r *session) teach(t lessons.Term) {
	l, s, ok := r.ctx.Course.Resolve(t.Lesson)
	if !ok {
		r.println(fmt.Sprintf("%s names no section this course has.", termtext.Clean(t.Term)))
		return
	}
	r.showSection(l, s, true)
}
