package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"faultline/internal/lecture"
	"faultline/internal/statedir"
	"faultline/internal/termtext"
)

// offerResumeWithin is how recent the last lecture of the same lessons
// must be for a lecture started without --resume to offer to carry it on:
// a presenter relaunching after a crash, in front of a waiting room,
// reaches for the command they ran, not for a flag.
const offerResumeWithin = 3 * time.Hour

// offerResume asks, on a terminal, whether to carry on the last lecture
// of deck when it stopped less than offerResumeWithin before now: starting
// anew would give the room a new join code and, as soon as it presents,
// write over the record --resume needs. It returns the record to carry on,
// or nil for a new lecture (also when there is none, or no answer).
func offerResume(e env, d *lecture.Deck, now time.Time) *lecture.Resume {
	path, err := statedir.Path(lecture.ResumeFile)
	if err != nil {
		return nil
	}
	info, err := os.Stat(path)
	if err != nil || now.Sub(info.ModTime()) > offerResumeWithin {
		return nil
	}
	r, err := lecture.LoadResume(path)
	if err != nil || r.Deck != d.ID() {
		return nil
	}
	what := "its slide and timer"
	if r.JoinCode != "" {
		what = fmt.Sprintf("its join code %s, slide, timer and students' answers", termtext.Neutralize(r.JoinCode))
	}
	fmt.Fprintf(e.stderr, "The last lecture of these lessons stopped %s, at slide %d of %d.\n",
		ago(now.Sub(info.ModTime())), min(r.Slide, d.Len()-1)+1, d.Len())
	for range 3 {
		// No default: carrying on by mistake would mix two classes'
		// answers in one results file; starting anew by mistake would cost
		// the room its join code.
		fmt.Fprintf(e.stderr, "Carry it on, with %s? y/n ", what)
		line, ok := readLine(e.stdin)
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "y", "yes":
			return &r
		case "n", "no":
			fmt.Fprintln(e.stderr, "Starting a new lecture.")
			return nil
		}
		if !ok {
			fmt.Fprintln(e.stderr, "\nNo answer: starting a new lecture.")
			return nil
		}
		fmt.Fprintf(e.stderr, "%s is not an answer: y carries it on, n starts a new lecture.\n", termtext.Quote(line))
	}
	fmt.Fprintln(e.stderr, "Starting a new lecture.")
	return nil
}

// readLine reads one line from r a byte at a time, so that nothing typed
// after it is taken from the program that reads the terminal next; ok is
// false at the end of input.
func readLine(r io.Reader) (line string, ok bool) {
	var b strings.Builder
	buf := make([]byte, 1)
	for b.Len() < 256 {
		n, err := r.Read(buf)
		if n == 1 {
			if buf[0] == '\n' {
				return strings.TrimSuffix(b.String(), "\r"), true
			}
			b.WriteByte(buf[0])
		}
		if err != nil {
			return b.String(), false
		}
	}
	return b.String(), true
}

// ago says how long ago d was, roughly: "a minute ago", "4 minutes ago",
// "2 hours ago".
func ago(d time.Duration) string {
	switch m := int(d.Round(time.Minute) / time.Minute); {
	case m < 1:
		return "less than a minute ago"
	case m == 1:
		return "a minute ago"
	case m < 120:
		return fmt.Sprintf("%d minutes ago", m)
	default:
		return fmt.Sprintf("%d hours ago", m/60)
	}
}
