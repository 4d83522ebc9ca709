// Package layout has no code: its test keeps the house rules of
// faultline's layout (DESIGN.md, DEVELOPERS.md) true as the code grows.
//
//   - Nothing outside tui/ and cmd/ imports a terminal or UI package, except
//     the faces that serve screens (internal/classroom/sshserver) and
//     internal/termtext, which only parses escape sequences.
//   - Screens talk through messages: a screen package imports no other
//     screen; only the routers (app, accessible, live) open screens.
//   - Every package is named in DEVELOPERS.md's layout table.
package layout
