# busybox's default command is an interactive sh: without a terminal it exits at once, and the kubelet restarts it with a growing back-off.
kubectl apply -f worker.yaml
sleep 60
kubectl get pods
