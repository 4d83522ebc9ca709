package main

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"faultline/internal/termtext"
)

// execute runs faultline with args and returns the exit status.
func execute(args []string, e env) int {
	root := newRootCmd(e)
	root.SetArgs(negativesAsValues(root, args))
	err := root.Execute()
	if err != nil {
		// The last guard: whatever a message echoes, no escape sequence
		// reaches the terminal, and no line runs to megabytes.
		fmt.Fprintln(e.stderr, "faultline: "+termtext.Neutralize(cutLine(firstLine(quotePath(err)))))
	}
	return exitCode(err)
}

// maxMessage is the most bytes of an error line printed; values inside a
// message are already cut by termtext.Quote, so only a message quoting
// many values comes near it.
const maxMessage = 2000

// cutLine cuts s to maxMessage bytes at a rune boundary, saying so.
func cutLine(s string) string {
	if len(s) <= maxMessage {
		return s
	}
	cut := maxMessage
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "… (cut)"
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func newRootCmd(e env) *cobra.Command {
	var o tuiOptions
	root := &cobra.Command{
		Use:   "faultline",
		Short: "Learn the fundamentals of distributed systems in your terminal",
		Long: `faultline teaches the fundamentals of distributed systems: the fallacies of
distributed computing, faults, errors and failures, dependability, availability
and its nines, failover and microservice failure patterns.

Run it with no arguments for the full-screen course, or use the subcommands
in scripts and on a projector.`,
		Example: `  faultline                          open the course
  faultline nines 99.95              downtime that 99.95% allows
  faultline nines --downtime 5m --per month
  faultline nines --expr 'lb:99.99 * (web:99.9 | web:99.9) * db:99.95'`,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			return runTUI(e, o)
		},
	}
	o.register(root)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("faultline {{.Version}}\n")
	root.SetFlagErrorFunc(flagError)
	root.AddCommand(newNinesCmd(e), newLessonsCmd(e), newLessonCmd(e), newScenarioCmd(e), newQuizCmd(e), newLectureCmd(e), newExportCmd(e))
	refuseUnknownShells(root)
	refuseUnknownHelpTopics(root)
	wrapArgErrors(root)
	return root
}

// wrapArgErrors makes positional-argument errors of every command usage
// errors, so that they exit 2 like flag errors do.
func wrapArgErrors(c *cobra.Command) {
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range c.Commands() {
		wrapArgErrors(sub)
	}
}

// refuseUnknownShells makes `faultline completion SHELL` with a shell Cobra
// does not know bad input. Cobra's completion command has no Run of its
// own, so it would print its help and exit 0 instead.
func refuseUnknownShells(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	comp, _, err := root.Find([]string{"completion"})
	if err != nil || comp == root {
		return
	}
	var shells []string
	for _, c := range comp.Commands() {
		if c.IsAvailableCommand() {
			shells = append(shells, c.Name())
		}
	}
	comp.Args = cobra.ArbitraryArgs
	comp.RunE = func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return badInput("unknown shell %s (accepted: %s)", termtext.Quote(args[0]), strings.Join(shells, ", "))
		}
		return cmd.Help()
	}
}

// refuseUnknownHelpTopics makes `faultline help TOPIC` with a topic that
// is no command bad input. Cobra's help command would print the root's
// help on stdout and exit 0.
func refuseUnknownHelpTopics(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	help, _, err := root.Find([]string{"help"})
	if err != nil || help == root || help.Run == nil {
		return
	}
	show := help.Run
	help.Run = nil
	help.RunE = func(cmd *cobra.Command, args []string) error {
		if _, rest, err := root.Find(args); err != nil || len(rest) > 0 {
			var names []string
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() {
					names = append(names, c.Name())
				}
			}
			return badInput("unknown help topic %s (accepted: %s)", termtext.Quote(strings.Join(args, " ")), strings.Join(names, ", "))
		}
		show(cmd, args)
		return nil
	}
}

// negativesAsValues lets a negative number be an argument: `nines -1`
// should say that -1 is negative, not that there is no flag -1. No flag's
// name starts with a digit or a point, so an argument such as -1, -0.5 or
// -5m that is not the value of the flag before it cannot mean a flag; such
// arguments are moved, in order, after a "--" at the end, where Cobra
// takes them as arguments. Everything after an existing "--" is left alone.
func negativesAsValues(root *cobra.Command, args []string) []string {
	cmd, _, err := root.Find(args)
	if err != nil {
		return args
	}
	var kept, negatives []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			if len(negatives) == 0 {
				return args
			}
			return append(append(append(kept, "--"), negatives...), args[i+1:]...)
		case len(a) > 1 && a[0] == '-' && (a[1] >= '0' && a[1] <= '9' || a[1] == '.'):
			negatives = append(negatives, a)
			continue
		}
		kept = append(kept, a)
		if takesValue(cmd, a) && i+1 < len(args) {
			i++
			kept = append(kept, args[i])
		}
	}
	if len(negatives) == 0 {
		return args
	}
	return append(append(kept, "--"), negatives...)
}

// takesValue reports whether arg is a flag of cmd (--name or -x, without
// "=value") whose value is the next argument.
func takesValue(cmd *cobra.Command, arg string) bool {
	var f *pflag.Flag
	switch {
	case strings.HasPrefix(arg, "--") && !strings.Contains(arg, "="):
		f = cmd.Flags().Lookup(arg[2:])
		if f == nil {
			f = cmd.InheritedFlags().Lookup(arg[2:])
		}
	case len(arg) == 2 && arg[0] == '-' && arg[1] != '-':
		f = cmd.Flags().ShorthandLookup(arg[1:])
		if f == nil {
			f = cmd.InheritedFlags().ShorthandLookup(arg[1:])
		}
	}
	return f != nil && f.NoOptDefVal == ""
}
