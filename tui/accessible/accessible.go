// Package accessible reads the course line by line, for screen readers and
// terminals without a full screen: no alternate screen, no animation, no
// colour, one prompt at a time.
package accessible

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"faultline/internal/progress"
	"faultline/lessons"
	"faultline/tui/app"
)

// width is the column width text is wrapped to.
const width = 80

// Run lists the lessons, lets the student pick one by number and reads it
// section by section, saving progress as it goes. It returns when the
// student types q or input ends.
func Run(in io.Reader, out io.Writer, opt app.Options) error {
	ctx, notice := app.NewContext(opt)
	ctx.Plain = true // a screen reader gets text without escape codes
	render := app.NewSectionRenderer(ctx)
	r := &session{in: bufio.NewScanner(in), out: out, ctx: ctx, render: render}
	if notice != "" {
		r.println(notice)
	}
	for {
		r.listLessons()
		answer, ok := r.ask("Lesson number, or q to quit: ")
		if !ok || answer == "q" {
			return nil
		}
		n, err := strconv.Atoi(answer)
		if err != nil || n < 1 || n > len(ctx.Course.Lessons) {
			r.println(fmt.Sprintf("%q is not a lesson number; type 1 to %d, or q.", answer, len(ctx.Course.Lessons)))
			continue
		}
		if !r.read(ctx.Course.Lessons[n-1]) {
			return nil
		}
	}
}

type session struct {
	in     *bufio.Scanner
	out    io.Writer
	ctx    *app.Context
	render app.RenderFunc
}

func (r *session) println(s string) { fmt.Fprintln(r.out, s) }

// ask prints a prompt and reads one trimmed, lower-cased line; ok is false
// at the end of input.
func (r *session) ask(prompt string) (string, bool) {
	fmt.Fprint(r.out, prompt)
	if !r.in.Scan() {
		r.println("")
		return "", false
	}
	return strings.ToLower(strings.TrimSpace(r.in.Text())), true
}

func (r *session) listLessons() {
	r.println("")
	r.println("Lessons:")
	for i, l := range r.ctx.Course.Lessons {
		read, done := r.ctx.Progress.LessonSummary(l.ID)
		state := fmt.Sprintf("%d of %d sections read", read, len(l.Sections))
		if done {
			state = "completed"
		}
		r.println(fmt.Sprintf("%d. %s (%d minutes, %s). %s", i+1, l.Title, l.Minutes, state, l.Summary))
	}
}

// read pages through a lesson from where the student left off; it returns
// false when input ends.
func (r *session) read(l lessons.Lesson) bool {
	i := r.ctx.Progress.Resume(l.ID, len(l.Sections))
	show := true
	for {
		if show {
			r.showSection(l, i)
		}
		show = true
		last := i == len(l.Sections)-1
		prompt := "Enter for the next section, p for previous, q for the lesson list: "
		if last {
			prompt = "Last section. Enter to finish the lesson, p for previous, q for the lesson list: "
		}
		answer, ok := r.ask(prompt)
		switch {
		case !ok:
			return false
		case answer == "q":
			return true
		case answer == "p" && i == 0:
			r.println("This is the first section; there is none before it.")
			show = false
		case answer == "p":
			i--
		case answer != "":
			r.println(fmt.Sprintf("%q is not an answer here: press Enter, or type p or q.", answer))
			show = false
		case last:
			r.println("End of the lesson.")
			return true
		default:
			i++
		}
	}
}

// showSection prints section i of l and records it as read.
func (r *session) showSection(l lessons.Lesson, i int) {
	r.println("")
	r.println(fmt.Sprintf("%s, section %d of %d: %s", l.Title, i+1, len(l.Sections), l.Sections[i].Title))
	r.println("")
	r.println(strings.TrimRight(r.render(l, i, width), "\n"))
	r.save(l, i)
	r.println("")
}

func (r *session) save(l lessons.Lesson, i int) {
	mark := func(s *progress.State) { s.MarkRead(l.ID, l.Sections[i].ID, i, len(l.Sections), time.Now()) }
	if r.ctx.Store == nil {
		mark(&r.ctx.Progress)
		return
	}
	if st, err := r.ctx.Store.Update(mark); err == nil {
		r.ctx.Progress = st
	} else {
		r.println("Could not save progress: " + err.Error())
	}
}
