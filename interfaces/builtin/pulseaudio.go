// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// pulseaudio is the older, all-in-one sound interface: it lets an app
// play and record through a PulseAudio-protocol server, and control the
// server (volumes, devices, other clients' streams). New snaps plug
// audio-playback and audio-record instead, which the server can tell
// apart. Because it includes recording, it does not auto-connect. As
// for audio-playback, the server's socket file is all the plug reaches:
// no unix rule names the server's label.
//
// The slot is the host's sound server on classic, or an app snap that is
// a sound server: it gets permanent policy for the sound cards, its
// socket and shared memory, and connected policy to serve each client,
// named by its label. Connecting to an app's sound server on Ubuntu Core
// needs a snap declaration.

const pulseaudioSummary = `allows playing, recording and controlling sound through a PulseAudio server`

const pulseaudioConnectedPlugAppArmor = `
# Description: play, record and control sound through a PulseAudio
# server.
` + pulseClientAppArmor + pulseSamplesAppArmor

const pulseaudioConnectedPlugSecComp = `
# Description: play, record and control sound through a PulseAudio
# server.
` + sysvShmSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "pulseaudio",
		summary:               pulseaudioSummary,
		docURL:                "https://snapcraft.io/docs/pulseaudio-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: pulseaudioConnectedPlugAppArmor,
		connectedPlugSecComp:  pulseaudioConnectedPlugSecComp,
		permanentSlotAppArmor: soundServerPermanentSlotAppArmor,
		permanentSlotSecComp:  soundServerPermanentSlotSecComp,
		connectedSlotAppArmor: soundServerConnectedSlotAppArmor,
	})
}
