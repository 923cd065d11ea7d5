// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// audio-playback lets an app play sound through the user's sound server
// over the PulseAudio protocol (PulseAudio, or PipeWire's PulseAudio
// service). Recording goes over the same socket: the server serves it
// only to clients whose audio-record plug is connected. The socket is a
// file (pulse/native in the user's runtime directory), which AppArmor
// decides by its file rule: the plug has no unix rule naming the
// server's label, unconfined on classic, which would reach every
// abstract socket of the host's unconfined processes (the X server, the
// session manager) from every snap, this plug being auto-connected.
//
// The slot is the host's sound server on classic, or an app snap that is
// a sound server (typically on Ubuntu Core). A sound server snap gets
// permanent policy for the sound cards, its socket and shared memory, and
// connected policy to serve each client, named by its label.
//
// Base declaration: the system slot on classic auto-connects. Connecting
// to an app's sound server on Ubuntu Core needs a snap declaration, and
// an app's sound server is auto-connected only where a snap declaration
// allows it (the reference auto-connects app slots on classic, where a
// second candidate would make the system slot ambiguous; its decisions for
// the system slot are the same as ours).

const audioPlaybackSummary = `allows playing sound through a sound server`

const audioPlaybackConnectedPlugAppArmor = `
# Description: play sound through the sound server.
` + pulseClientAppArmor + pulseSamplesAppArmor

const audioPlaybackConnectedPlugSecComp = `
# Description: play sound through the sound server.
` + sysvShmSecComp

func init() {
	registerIface(&commonInterface{
		name:                  "audio-playback",
		summary:               audioPlaybackSummary,
		docURL:                "https://snapcraft.io/docs/audio-playback-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlot,
		connectedPlugAppArmor: audioPlaybackConnectedPlugAppArmor,
		connectedPlugSecComp:  audioPlaybackConnectedPlugSecComp,
		permanentSlotAppArmor: soundServerPermanentSlotAppArmor,
		permanentSlotSecComp:  soundServerPermanentSlotSecComp,
		connectedSlotAppArmor: soundServerConnectedSlotAppArmor,
	})
}
