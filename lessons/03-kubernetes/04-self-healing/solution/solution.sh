kubectl get pods
kubectl delete $(kubectl get pods -o name | head -n 1)
kubectl get pods
sleep 5
kubectl get pods
kubectl describe rs
kubectl delete pod -l app=web
kubectl rollout status deployment/web-app
kubectl get pods
