kubectl apply -f cronjob.yaml
kubectl get cronjobs
sleep 70
kubectl get cronjob hello
kubectl get jobs
kubectl get pods
kubectl logs job/hello-29013661
sleep 240
kubectl get jobs
kubectl get cj -o wide
kubectl describe cronjob hello
kubectl create cronjob tick --image=busybox --schedule="*/2 * * * *" -- echo tick
kubectl create cronjob bad --image=busybox --schedule="* * *"
kubectl create cronjob nosched --image=busybox
kubectl create job once --image=busybox -- sh -c "echo done"
kubectl create job noimage
sleep 120
kubectl get cronjobs
kubectl get jobs
kubectl logs job/once
