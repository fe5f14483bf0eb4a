kubectl apply -f hello-job.yaml
kubectl get jobs
sleep 30
kubectl get pods
kubectl get jobs
sleep 10
kubectl get jobs
kubectl get pods
kubectl logs job/hello
kubectl get jobs -o wide
kubectl describe job hello
kubectl apply -f fail-job.yaml
sleep 5
kubectl get pods
sleep 120
kubectl get jobs
kubectl get pods
kubectl describe job flaky
kubectl logs job/flaky
kubectl get job flaky -o yaml
