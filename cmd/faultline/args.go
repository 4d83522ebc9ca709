package main

import (
	"strings"

	"github.com/spf13/cobra"

	"faultline/internal/termtext"
)

// atMostOne accepts no argument or one, and answers more in words: the
// command's name, what the one argument is, the arguments given (quoted) and
// where to find the accepted values.
func atMostOne(command, what, hint string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > 1 {
			return badInput("%s takes one %s, got %d: %s (%s)", command, what, len(args), termtext.Quote(strings.Join(args, " ")), hint)
		}
		return nil
	}
}
