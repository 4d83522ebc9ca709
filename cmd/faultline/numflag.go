package main

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
)

// seedFlag is a uint64 flag whose bad values are reported in faultline's
// words (the value and what is accepted) instead of strconv's.
type seedFlag struct {
	name string
	p    *uint64
}

func (f *seedFlag) String() string { return strconv.FormatUint(*f.p, 10) }

// Type names the value in --help, as pflag's own uint flags do.
func (f *seedFlag) Type() string { return "uint" }

// Set parses a whole number from 0 to the largest uint64.
func (f *seedFlag) Set(s string) error {
	v, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return badInput("invalid --%s %q: it is not a whole number (accepted: 0 to %d, e.g. 42)", f.name, s, uint64(math.MaxUint64))
	}
	*f.p = v
	return nil
}

// addSeedFlag registers a --NAME flag holding a uint64 with default def.
func addSeedFlag(cmd *cobra.Command, p *uint64, name string, def uint64, usage string) {
	*p = def
	cmd.Flags().Var(&seedFlag{name: name, p: p}, name, usage)
}

// widthFlag is an int flag of columns whose bad values are reported in
// faultline's words.
type widthFlag struct {
	name string
	p    *int
}

func (f *widthFlag) String() string { return strconv.Itoa(*f.p) }

// Type names the value in --help, as pflag's own int flags do.
func (f *widthFlag) Type() string { return "int" }

// Set parses a whole number; the command checks its range.
func (f *widthFlag) Set(s string) error {
	v, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return badInput("invalid --%s %q: it is not a whole number (accepted: %d to %d columns)", f.name, s, minLessonWidth, maxLessonWidth)
	}
	*f.p = v
	return nil
}

// flagError reports a bad flag as a usage error. When the flag's own parser
// already explained the value (a usageError inside pflag's wrapping), that
// explanation is the whole message.
func flagError(_ *cobra.Command, err error) error {
	var ue usageError
	if errors.As(err, &ue) {
		return ue
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		// pflag says `invalid argument "x" for "--plain" flag: strconv.ParseBool: …`;
		// keep its first part, which names the value and the flag, and say
		// what is accepted instead of quoting strconv.
		msg, _, _ := strings.Cut(err.Error(), ": strconv.")
		return badInput("%s (accepted: %s)", msg, acceptedBy(ne.Func))
	}
	return usageError{err}
}

// acceptedBy says in words what the strconv function fn parses.
func acceptedBy(fn string) string {
	switch fn {
	case "ParseBool":
		return "true or false"
	case "ParseFloat":
		return "a number"
	}
	return "a whole number"
}
