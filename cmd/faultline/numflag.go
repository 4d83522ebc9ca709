package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"faultline/internal/termtext"
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
		return badInput("invalid --%s %s: it is not a whole number (accepted: 0 to %d, e.g. 42)", f.name, termtext.Quote(s), uint64(math.MaxUint64))
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
		return badInput("invalid --%s %s: it is not a whole number (accepted: %d to %d columns)", f.name, termtext.Quote(s), minLessonWidth, maxLessonWidth)
	}
	*f.p = v
	return nil
}

// flagError reports a bad flag as a usage error in faultline's words, with
// every name and value the user typed quoted by termtext.Quote: pflag's own
// messages print an unknown flag's name raw, escape sequences and all.
// When the flag's own parser already explained the value (a usageError
// inside pflag's wrapping), that explanation is the whole message.
func flagError(cmd *cobra.Command, err error) error {
	var (
		ue       usageError
		notExist *pflag.NotExistError
		needs    *pflag.ValueRequiredError
		syntax   *pflag.InvalidSyntaxError
		invalid  *pflag.InvalidValueError
	)
	help := "see " + cmd.CommandPath() + " --help"
	switch {
	case errors.As(err, &ue):
		return ue
	case errors.As(err, &notExist):
		if short := notExist.GetSpecifiedShortnames(); short != "" {
			first, _ := utf8.DecodeRuneInString(short)
			return badInput("unknown flag %s in %s (%s)", termtext.Quote("-"+string(first)), termtext.Quote("-"+short), help)
		}
		return badInput("unknown flag %s (%s)", termtext.Quote("--"+notExist.GetSpecifiedName()), help)
	case errors.As(err, &needs):
		name := "--" + needs.GetFlag().Name
		return badInput("flag %s needs a value, e.g. %s=VALUE (%s)", name, name, help)
	case errors.As(err, &syntax):
		return badInput("bad flag syntax %s: a flag is -x or --name (%s)", termtext.Quote(syntax.GetSpecifiedFlag()), help)
	case errors.As(err, &invalid):
		f := invalid.GetFlag()
		name := "--" + f.Name
		if f.Shorthand != "" && f.ShorthandDeprecated == "" {
			name = "-" + f.Shorthand + ", " + name
		}
		msg := fmt.Sprintf("invalid argument %s for %s flag", termtext.Quote(invalid.GetValue()), termtext.Quote(name))
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			// Say what is accepted instead of quoting strconv.
			return badInput("%s (accepted: %s)", msg, acceptedBy(ne.Func))
		}
		return badInput("%s: %s", msg, termtext.Neutralize(errors.Unwrap(invalid).Error()))
	}
	return usageError{errors.New(termtext.Neutralize(err.Error()))}
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
