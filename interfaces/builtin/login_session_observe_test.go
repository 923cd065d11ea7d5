// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type loginSessionObserveSuite struct{ referenceSuite }

var _ = check.Suite(&loginSessionObserveSuite{referenceSuite{referenceCase{
	name:    "login-session-observe",
	summary: "allows reading login and session information",
	plugAppArmor: []string{
		"@{run}/utmp r,",
		"/var/log/wtmp r,",
		"@{run}/systemd/sessions/* r,",
		"member={GetSession,GetSessionByPID,GetUser,GetUserByPID,GetSeat,ListSessions,ListUsers,ListSeats,ListInhibitors}\n    peer=(label=PEER),",
	},
	// Observing changes nothing; failed logins (btmp) stay private.
	mustNotGrant: []string{" rw,", " w,", "btmp", "Terminate", "Kill", "Lock", "PowerOff", "Reboot", "member=Set"},
}}})
