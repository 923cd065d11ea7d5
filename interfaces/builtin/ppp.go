// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// ppp lets an app run pppd, the Point-to-Point Protocol daemon: dial out
// through a modem (cellular modems on USB, with chat) or run over a
// PPPoE session, negotiate the link, and bring up its ppp network
// interface with the addresses and routes the peer gives. The slot is
// the system's, on classic and Ubuntu Core; any snap may plug, and it
// is connected by hand. PPPoE's sockets are network-control's; serial
// ports other than USB modems (on-board UARTs) are serial-port's.
//
// Not rendered here: kmod and udev. The reference loads the PPP modules
// (ppp_generic, which makes /dev/ppp, the async and sync serial line
// disciplines, and the compressors) when the plug is connected, and tags
// /dev/ppp and the modems' nodes with udev so that the app's device
// cgroup admits them; a daemon using this library does both itself.

const pppSummary = `allows operating as the ppp service`

const pppConnectedPlugAppArmor = `
# Description: run pppd: dial out through a modem or run over PPPoE,
# negotiate the link, and bring up its ppp network interface.

# The PPP node: pppd attaches the link to a channel and makes a ppp
# unit (the network interface) on it. The kernel asks net_admin for
# both, and for setting the interface's addresses, routes and flags,
# which go through datagram sockets' ioctls.
/dev/ppp rw,
capability net_admin,
network inet dgram,
network inet6 dgram,

# Modems on USB (cellular modems, USB serial converters), which pppd and
# chat dial out through, and the UUCP lock files that keep other
# programs off the port while the link is up.
/dev/tty{USB,ACM}[0-9]* rwk,
/run/lock/ r,
/run/lock/LCK..tty{USB,ACM}[0-9]* rwk,

# pppd's options and peers, the secrets of PAP and CHAP
# authentication, and the resolv.conf it writes with the peer's DNS
# servers (usepeerdns).
/etc/ppp/ r,
/etc/ppp/** r,
/etc/ppp/resolv.conf w,

# The scripts pppd runs when the link goes up and down, in this same
# profile, and the directories of scripts they run in turn (with
# run-parts, which the base policy lets every app run).
/etc/ppp/{ip,ipv6,auth}-{up,down} ixr,
/etc/ppp/{ip,ipv6}-{up,down}.d/ r,
/etc/ppp/{ip,ipv6}-{up,down}.d/* ixr,

# The pid files and the database pppd shares with its plugins and
# scripts.
@{run}/ppp*.pid rw,
@{run}/pppd/ rw,
@{run}/pppd/** rwk,
@{run}/pppd2.tdb rwk,
`

func init() {
	registerIface(&commonInterface{
		name:                  "ppp",
		summary:               pppSummary,
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		notRendered:           []string{interfaces.BackendKMod, interfaces.BackendUDev},
		connectedPlugAppArmor: pppConnectedPlugAppArmor,
	})
}
