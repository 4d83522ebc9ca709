// Command hello is the floor faultline's start-up is measured against: a Go
// program that prints one line.
package main

import "fmt"

func main() { fmt.Println("hello") }
