// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import "github.com/snapiface/snapiface/interfaces"

// alsa lets an app use the sound cards directly through ALSA, bypassing
// any sound server: play, record and change the mixer of every card. It
// is for sound servers and pro-audio apps; ordinary apps use
// audio-playback. Since it includes recording from every card, it does
// not auto-connect. The slot is the system's, on classic and on Ubuntu
// Core.
//
// Not rendered here: udev. The app's device cgroup admits the sound
// devices only once udev rules tag them (the snd subsystem) for the
// app's security tag; a daemon using this library writes those rules
// itself.

const alsaSummary = `allows direct access to the sound cards through ALSA`

const alsaConnectedPlugAppArmor = `
# Description: play, record and mix on the sound cards directly.
` + soundCardsAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "alsa",
		notRendered:           []string{interfaces.BackendUDev},
		summary:               alsaSummary,
		docURL:                "https://snapcraft.io/docs/alsa-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: alsaConnectedPlugAppArmor,
	})
}
