package sshserver

import (
	"net"
	"strconv"
)

// ConnectCommand is the command students run to reach a server listening
// on addr: "ssh -p PORT HOST". A server on every interface is named by
// this machine's first non-loopback address, so students elsewhere can
// reach it; port 22 needs no -p.
func ConnectCommand(addr net.Addr) string {
	host, port := "localhost", "22"
	if tcp, ok := addr.(*net.TCPAddr); ok {
		port = strconv.Itoa(tcp.Port)
		switch {
		case tcp.IP == nil || tcp.IP.IsUnspecified():
			host = outwardAddr()
		case !tcp.IP.IsLoopback():
			host = tcp.IP.String()
		}
	} else if h, p, err := net.SplitHostPort(addr.String()); err == nil {
		host, port = h, p
	}
	if port == "22" {
		return "ssh " + host
	}
	return "ssh -p " + port + " " + host
}

// outwardAddr is the first non-loopback IPv4 address of this machine, or
// its host name.
func outwardAddr() string {
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok && !n.IP.IsLoopback() && n.IP.To4() != nil {
				return n.IP.String()
			}
		}
	}
	return "localhost"
}
