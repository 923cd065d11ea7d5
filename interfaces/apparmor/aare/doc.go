// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package aare reads AppArmor profiles and answers whether a profile
// allows an access, as the kernel would decide it, without the kernel
// or apparmor_parser: "does snap.foo.app get to read /etc/machine-id,
// and which rule says so?".
//
// Parse reads whole profiles as the renderer writes them, and the
// abstractions and tunables they include (looked up in
// /etc/apparmor.d, or a Parser's IncludeDirs): abi, include and
// "include if exists" (files and directories), variable definitions
// with = and +=, @{VAR} expansion (@{profile_name} included), profile
// and hat blocks with flags, and the rule classes of AppArmor 3: file
// rules (with owner, deny, audit, exec modes ix px Px ux Ux cx Cx pix
// Pix cix Cix pux PUx cux CUx and named targets, link targets, the
// bare "file,"), link, capability, network, signal, ptrace, unix,
// dbus, mount, remount, umount, pivot_root, change_profile, set
// rlimit and userns, and the attr file rules apparmor_parser adds to a
// profile with change_profile. Anything else is an error that says where:
// "FILE:LINE: ...". Patterns are compiled once (see Glob), variables
// expanded as the parser expands them: a variable with several values
// becomes one alternation, so text grows by the size of the values, not
// their product, and expansion stops with an error past 4096
// references or 64 KiB of text (definitions that refer to each other
// twice over would otherwise double at each level).
//
// (*Profile).Check decides an Access and returns a Result naming the
// deciding rules, each with its line in the text given to Parse (the
// include's line for a rule of an abstraction: apparmor.Profile.Origin
// maps it to an interface) and its text.
//
// # Accesses in text
//
// An access is written on one line, its class first; words are
// separated by blanks, and a word or a key's value may be quoted
// ("...", with \" and \\ escapes). Fields are the ones the kernel's
// audit messages carry, so that a denial turns into an access.
//
//	file MODE PATH [owner|!owner] [-> TARGET]
//	    MODE is letters of "rwalkmx"; the process owns the file unless
//	    !owner says otherwise; TARGET is a link's target (with l).
//	    file r /etc/machine-id
//	    file rw /home/u/x !owner
//	exec PATH [MODE]
//	    running a program; MODE (ix, Px, cx...) is the transition
//	    expected, any when left out.
//	    exec /usr/bin/python3 ix
//	capability NAME
//	    capability ipc_lock
//	network FAMILY [TYPE [PROTOCOL]]
//	    network inet stream
//	signal PERM sig=NAME [peer=LABEL]
//	    PERM is send or receive; NAME as in rules (term, hup, exists,
//	    rtmin+3...).
//	    signal receive sig=term peer=snap.other.app
//	ptrace PERM [peer=LABEL]
//	    PERM is read, trace, readby or tracedby.
//	    ptrace read peer=snap.x.y
//	unix PERM TYPE [addr=ADDR] [peer_addr=ADDR] [peer=LABEL]
//	    PERM as in rules (connect, send, receive, bind, listen,
//	    accept, create...); TYPE stream, dgram or seqpacket; ADDR
//	    "@name" (abstract), "/path" (filesystem, decided by file
//	    rules), "none" (unbound, the default) or "auto".
//	    unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined
//	dbus PERM bus=BUS [path=P] [interface=I] [member=M] [name=N] [peer=LABEL]
//	    PERM is send, receive, bind or eavesdrop; N is the name bound
//	    (bind) or the peer's name (send, receive).
//	    dbus send bus=system path=/org/freedesktop/DBus interface=org.freedesktop.DBus member=Hello name=org.freedesktop.DBus peer=unconfined
//	mount [options=O1,O2] [fstype=T] [source=S] TARGET
//	remount [options=O1,O2] TARGET
//	umount TARGET
//	pivot_root [oldroot=OLD] NEWROOT
//	change_profile [exec=PATH] target=PROFILE
//	userns create
//
// An access file (see ReadExpectations) holds one "allow ACCESS" or
// "deny ACCESS" a line, and comments starting with '#'.
//
// # What is left out
//
// Conditionals (if, boolean variables in rules), alias rules, unix
// rules' label=, attr=, opt= and protocol= (errors, not ignored), and
// stacking; network rules are
// matched on family, type and protocol as written. The package runs
// nothing and reads only the files it is asked to include.
package aare
