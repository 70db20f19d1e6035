"""Outgoing webhooks: endpoints a Chief editor registers, events fired when a transaction commits,
deliveries signed, sent by the task worker, retried with back-off and logged."""
