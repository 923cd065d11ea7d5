// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import "gopkg.in/check.v1"

type loginSessionControlSuite struct{ referenceSuite }

var _ = check.Suite(&loginSessionControlSuite{referenceSuite{referenceCase{
	name:    "login-session-control",
	summary: "allows controlling login sessions",
	plugAppArmor: []string{
		"member={ActivateSession,ActivateSessionOnSeat,LockSession,UnlockSession,LockSessions,UnlockSessions,KillSession,KillUser,TerminateSession,TerminateUser,TerminateSeat}\n    peer=(label=PEER),",
		"path=/org/freedesktop/login1/{session,user,seat}/*\n    interface=org.freedesktop.login1.{Session,User,Seat}",
		"member={GetSession,",
	},
	// Sessions, not the machine: no power-off, no taking devices.
	mustNotGrant: []string{"PowerOff", "Reboot", "Suspend", "Hibernate", "TakeControl", "TakeDevice", "SetWallMessage"},
}}})
