// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// jack1 lets an app be a client of a JACK (version 1) audio server, the
// low-latency server of pro-audio setups. JACK shares one processing
// graph with all its clients: a connected app can read and write every
// port, recording included, so the plug does not auto-connect. The slot
// is the system's (the host's JACK server), on classic only. jackd's
// sockets are files under /dev/shm, which AppArmor decides by the file
// rules: no unix rule names the server's label, unconfined on classic,
// which would reach every abstract socket of the host's unconfined
// processes.

const jack1Summary = `allows use of a JACK 1 audio server`

const jack1ConnectedPlugAppArmor = `
# Description: be a client of a JACK 1 audio server.

# The server's directory in /dev/shm (jack-UID, a directory per server
# below it) holds its request and acknowledgement sockets and the
# per-client FIFOs: connect to the sockets and exchange messages with
# the server. They are socket files, which the kernel decides by these
# file rules: no unix rule reaches the server's side by label.
owner /{dev,run}/shm/jack-[0-9]*/ r,
owner /{dev,run}/shm/jack-[0-9]*/** rw,

# Map the server's shared memory: the segment registry and the
# per-port audio buffers.
/{dev,run}/shm/jack-shm-registry rw,
owner /{dev,run}/shm/jack-[0-9]*-* mrw,
owner /{dev,run}/shm/jack_* mrw,

# Wait on the graph's named semaphores.
owner /{dev,run}/shm/sem.jack_sem.* rwk,
`

func init() {
	registerIface(&commonInterface{
		name:                  "jack1",
		summary:               jack1Summary,
		docURL:                "https://snapcraft.io/docs/jack1-interface",
		implicitOn:            implicitOnClassic,
		baseDeclarationSlots:  systemSlotNoAutoConnect,
		connectedPlugAppArmor: jack1ConnectedPlugAppArmor,
	})
}
