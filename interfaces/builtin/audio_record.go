// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// audio-record lets an app record sound through the user's sound server.
// The app reaches the server over the same socket as for playback; the
// server records for a client only when its audio-record plug is
// connected, which is why the plug does not auto-connect: the user
// decides which apps may listen. Playing sound needs audio-playback.
// As for audio-playback, the socket file is all the plug reaches: no
// unix rule names the server's label.
//
// The slot is the host's sound server on classic, or an app snap that is
// a sound server (its permanent policy comes with its audio-playback
// slot); such a server gets connected policy to serve the client, named
// by its label. Connecting to an app's sound server on Ubuntu Core needs
// a snap declaration.

const audioRecordSummary = `allows recording sound through a sound server`

const audioRecordConnectedPlugAppArmor = `
# Description: record sound through the sound server, which serves
# recording to clients whose audio-record plug is connected.
` + pulseClientAppArmor

func init() {
	registerIface(&commonInterface{
		name:                  "audio-record",
		summary:               audioRecordSummary,
		docURL:                "https://snapcraft.io/docs/audio-record-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  appOrSystemServiceSlotNoAutoConnect,
		connectedPlugAppArmor: audioRecordConnectedPlugAppArmor,
		connectedSlotAppArmor: soundServerConnectedSlotAppArmor,
	})
}
