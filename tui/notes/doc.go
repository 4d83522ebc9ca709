// Package notes is the speaker-notes screen of faultline's lecture mode
// (`faultline lecture --notes`): it follows the presenter over
// internal/lecture/link and shows the current slide, its notes, the next
// slide's title and the timer. It is its own Bubble Tea root model and
// talks to the presenter only through the link's updates.
package notes
