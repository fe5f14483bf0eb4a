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
