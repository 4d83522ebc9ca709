package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"faultline/internal/content"
	"faultline/internal/termtext"
	"faultline/lessons"
	"faultline/quiz"
)

// contentOptions are the --content and --with-course flags of the
// commands that read lessons.
type contentOptions struct {
	dir        string
	withCourse bool
	// given reports whether --content was on the command line, so that an
	// empty --content '' is refused rather than read as the built-in course.
	given func(name string) bool
}

// register adds the flags to cmd.
func (o *contentOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.dir, "content", "", "read the lessons and quizzes of this folder instead of the built-in course (format: docs/content.md)")
	f.BoolVar(&o.withCourse, "with-course", false, "with --content: keep the built-in course and add the folder's lessons after it")
	_ = cmd.MarkFlagDirname("content")
	o.given = cmd.Flags().Changed
}

// builtin reports whether the flags ask for the built-in course alone.
func (o contentOptions) builtin() bool {
	return o.dir == "" && !o.withCourse && (o.given == nil || !o.given("content"))
}

// load loads the course and bank the flags ask for. When the content has
// problems it lists them on e.stderr, one FILE:LINE: problem per line, and
// returns a usage error, so the command exits 2 with nothing on stdout.
func (o contentOptions) load(e env) (*lessons.Course, *quiz.Bank, error) {
	if o.given != nil && o.given("content") && strings.TrimSpace(o.dir) == "" {
		return nil, nil, badInput("invalid --content %s: it is empty (accepted: a folder of lessons and quizzes, see docs/content.md)", termtext.Quote(o.dir))
	}
	if o.withCourse && o.dir == "" {
		return nil, nil, badInput("--with-course needs --content DIR")
	}
	c, b, err := loadContent(o.dir, o.withCourse)
	if err != nil {
		return nil, nil, reportContent(e, err)
	}
	for _, w := range c.Warnings {
		fmt.Fprintln(e.stderr, w.String())
	}
	return c, b, nil
}

// loadContent loads the built-in course when contentDir is empty, else
// the instructor's deck in contentDir, beside the built-in course when
// withCourse is set. Every live block is checked against calc, the
// scenarios and the bank.
func loadContent(contentDir string, withCourse bool) (*lessons.Course, *quiz.Bank, error) {
	if contentDir == "" {
		return content.Builtin()
	}
	return content.Load(contentDir, withCourse)
}

// reportContent writes the problems of a *lessons.Error to e.stderr, one
// per line, and returns a one-line usage error counting them. Other errors
// are returned as they are.
func reportContent(e env, err error) error {
	var le *lessons.Error
	if !errors.As(err, &le) {
		return err
	}
	for _, p := range le.Problems {
		fmt.Fprintln(e.stderr, p.String())
	}
	noun := "problems"
	if len(le.Problems) == 1 {
		noun = "problem"
	}
	return badInput("the content has %d %s, listed above as FILE:LINE: problem", len(le.Problems), noun)
}
